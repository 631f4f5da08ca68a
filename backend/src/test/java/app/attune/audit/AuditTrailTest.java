package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.client.ClientService;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
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
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private UUID farid;

    /** A therapist of this test's own, with a client on their caseload. */
    @BeforeEach
    void clinic() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        farid = clinic.clientOf(leila, "Farid Ahmadi").id();
    }

    @Test
    void a_therapist_sees_who_opened_their_clients_record_newest_first() {
        var rows = clinic.as(leila, () -> {
            clients.get(farid);
            return trail.forClient(farid, PageRequest.of(0, 10)).getContent();
        });

        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().action()).isEqualTo(AuditAction.VIEW.name());
        assertThat(rows.getFirst().actorName()).isEqualTo("Leila Moradi");
        assertThat(rows.getFirst().actorRole()).isEqualTo("THERAPIST");
    }

    @Test
    void another_therapist_cannot_read_the_trail_and_the_attempt_is_itself_audited() {
        Person sam = clinic.therapist("Sam Richard");
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?", Long.class, farid);

        assertThatThrownBy(() -> clinic.as(sam, () -> trail.forClient(farid, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?",
                        Long.class,
                        farid))
                .isEqualTo(before + 1);
    }

    @Test
    void a_client_cannot_read_any_trail() {
        var zoe = clinic.clientOf(leila, "Zoë Tremblay");
        Person login = clinic.portalLogin(zoe);

        assertThatThrownBy(() -> clinic.as(login, () -> trail.forClient(zoe.id(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_audit_log_cannot_be_changed_or_deleted() {
        jdbc.update("insert into audit_event (actor_role, action) values ('SYSTEM', 'VIEW')");

        assertThatThrownBy(() -> jdbc.update("update audit_event set action = 'UPDATE'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("truncate audit_event")).hasMessageContaining("append-only");
    }
}
