package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.test.IntegrationTest;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The actions and record types the database accepts are exactly the Java enums' values. */
@IntegrationTest
@ActiveProfiles("demo")
class AuditValuesTest {

    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    @Autowired
    JdbcTemplate jdbc;

    private Set<String> allowedBy(String constraint) {
        String definition = jdbc.queryForObject("""
                select pg_get_constraintdef(oid) from pg_constraint
                where conrelid = 'audit_event'::regclass and conname = ?""", String.class, constraint);
        var values = new TreeSet<String>();
        var matcher = QUOTED.matcher(definition);
        while (matcher.find()) {
            values.add(matcher.group(1).replace("''", "'"));
        }
        return values;
    }

    @Test
    void the_database_accepts_exactly_the_actions_java_knows() {
        assertThat(allowedBy("audit_event_action_known"))
                .isEqualTo(Arrays.stream(AuditAction.values())
                        .map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void the_database_accepts_exactly_the_record_types_java_knows() {
        assertThat(allowedBy("audit_event_record_type_known"))
                .isEqualTo(Arrays.stream(AuditRecordType.values())
                        .map(AuditRecordType::code)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void an_action_or_record_type_nobody_knows_is_refused_by_the_database() {
        assertThatThrownBy(() -> jdbc.update("insert into audit_event (actor_role, action) values ('SYSTEM', 'HACK')"))
                .hasMessageContaining("audit_event_action_known");
        assertThatThrownBy(
                        () -> jdbc.update(
                                "insert into audit_event (actor_role, action, record_type) values ('SYSTEM', 'VIEW', 'spaceship')"))
                .hasMessageContaining("audit_event_record_type_known");
    }
}
