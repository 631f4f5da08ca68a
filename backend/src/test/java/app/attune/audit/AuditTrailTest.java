package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.client.ClientService;
import app.attune.test.IntegrationTest;
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
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_sees_who_opened_their_clients_record_newest_first() {
        UUID farid = client("farid@clearmind.example");
        clients.get(farid);

        var rows = trail.forClient(farid, PageRequest.of(0, 10)).getContent();

        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().action()).isEqualTo(AuditAction.VIEW.name());
        assertThat(rows.getFirst().actorName()).isEqualTo("Leila Moradi");
        assertThat(rows.getFirst().actorRole()).isEqualTo("THERAPIST");
    }

    @Test
    @WithUserDetails("sam@clearmind.example")
    void another_therapist_cannot_read_the_trail_and_the_attempt_is_itself_audited() {
        UUID farid = client("farid@clearmind.example");
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?", Long.class, farid);

        assertThatThrownBy(() -> trail.forClient(farid, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?",
                        Long.class,
                        farid))
                .isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_read_any_trail() {
        assertThatThrownBy(() -> trail.forClient(client("zoe@clearmind.example"), PageRequest.of(0, 10)))
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
