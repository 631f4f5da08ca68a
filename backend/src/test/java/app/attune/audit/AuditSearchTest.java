package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class AuditSearchTest {

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new TestClinic(context);
    }

    @Test
    void filters_by_who_client_action_and_dates_newest_first() {
        Person therapist = clinic.therapist("Leila Moradi");
        UUID farid = clinic.clientOf(therapist, "Farid Ahmadi").id();
        UUID leila = therapist.id();
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
        Person admin = clinic.admin();
        var found = clinic.as(admin, () -> search.find(filter, PageRequest.of(0, 10)));

        assertThat(found).hasSize(2);
        assertThat(clinic.as(admin, () -> search.count(filter))).isEqualTo(2);
        assertThat(found.getFirst().occurredAt()).isAfter(found.get(1).occurredAt());
        assertThat(found).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("Leila Moradi");
            assertThat(e.clientName()).isEqualTo("Farid Ahmadi");
        });
        assertThat(clinic.as(
                        admin,
                        () -> search.find(
                                new AuditFilter(
                                        leila,
                                        farid,
                                        AuditAction.DISCHARGE,
                                        old.minus(1, ChronoUnit.HOURS),
                                        old.plus(1, ChronoUnit.HOURS)),
                                PageRequest.of(0, 10))))
                .hasSize(1);
    }

    @Test
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

        String csv = clinic.as(clinic.admin(), () -> search.exportCsv(filter));

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
    void a_therapist_cannot_search_or_export_the_whole_log() {
        Person therapist = clinic.therapist("Leila Moradi");

        assertThatThrownBy(() -> clinic.as(therapist, () -> search.find(AuditFilter.all(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.as(therapist, () -> search.exportCsv(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_cannot_search_or_export_the_whole_log() {
        Person client = clinic.portalLogin(clinic.clientOf(clinic.therapist("Leila Moradi"), "Zoë Tremblay"));

        assertThatThrownBy(() -> clinic.as(client, () -> search.count(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.as(client, () -> search.exportCsv(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
