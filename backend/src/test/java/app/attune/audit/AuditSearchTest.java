package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.test.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class AuditSearchTest {

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcTemplate jdbc;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    private UUID user(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?::citext", UUID.class, email);
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void filters_by_who_client_action_and_dates_newest_first() {
        UUID farid = client("farid@clearmind.example");
        UUID leila = user("leila@clearmind.example");
        Instant old = Instant.parse("2020-03-01T12:00:00Z");
        jdbc.update(
                """
                insert into audit_event (occurred_at, actor_id, actor_role, action, client_id, record_type)
                values (?, ?, 'THERAPIST', 'DISCHARGE', ?, 'client'), (?, ?, 'THERAPIST', 'DISCHARGE', ?, 'client'),
                       (?, ?, 'THERAPIST', 'VIEW', ?, 'client')""",
                java.sql.Timestamp.from(old),
                leila,
                farid,
                java.sql.Timestamp.from(old.plus(1, ChronoUnit.DAYS)),
                leila,
                farid,
                java.sql.Timestamp.from(old),
                leila,
                farid);

        var filter = new AuditFilter(
                leila, farid, AuditAction.DISCHARGE, old.minus(1, ChronoUnit.HOURS), old.plus(2, ChronoUnit.DAYS));
        var found = search.find(filter, PageRequest.of(0, 10));

        assertThat(found).hasSize(2);
        assertThat(search.count(filter)).isEqualTo(2);
        assertThat(found.getFirst().occurredAt()).isAfter(found.get(1).occurredAt());
        assertThat(found).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("Leila Moradi");
            assertThat(e.clientName()).isEqualTo("Farid Ahmadi");
        });
        assertThat(search.find(
                        new AuditFilter(
                                leila,
                                farid,
                                AuditAction.DISCHARGE,
                                old.minus(1, ChronoUnit.HOURS),
                                old.plus(1, ChronoUnit.HOURS)),
                        PageRequest.of(0, 10)))
                .hasSize(1);
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void the_csv_export_quotes_every_field_and_is_itself_audited() {
        jdbc.update("""
                insert into audit_event (occurred_at, actor_role, action, record_type, detail)
                values ('2019-01-02T03:04:05Z', 'SYSTEM', 'RETIRE', 'theme', 'a "quoted", tricky
                detail'), ('2019-01-02T03:04:06Z', 'SYSTEM', 'RETIRE', 'theme', '=HYPERLINK(1)')""");
        long exportsBefore =
                jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_EXPORT'", Long.class);
        var filter = new AuditFilter(
                null,
                null,
                AuditAction.RETIRE,
                Instant.parse("2019-01-01T00:00:00Z"),
                Instant.parse("2019-01-03T00:00:00Z"));

        String csv = search.exportCsv(filter);

        assertThat(csv).startsWith("\"id\",\"occurred_at_utc\",\"actor_id\"");
        assertThat(csv).contains(",\"2019-01-02T03:04:05Z\",\"\",\"\",\"SYSTEM\",\"RETIRE\",");
        assertThat(csv).contains("\"a \"\"quoted\"\", tricky\ndetail\"\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(1)\"\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_EXPORT'", Long.class))
                .isEqualTo(exportsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where action = 'AUDIT_EXPORT' order by id desc limit 1",
                        String.class))
                .isEqualTo("rows: 2");
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_cannot_search_or_export_the_whole_log() {
        assertThatThrownBy(() -> search.find(AuditFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.exportCsv(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_search_or_export_the_whole_log() {
        assertThatThrownBy(() -> search.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.exportCsv(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
    }
}
