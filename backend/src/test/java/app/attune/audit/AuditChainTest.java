package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's check and the scheduled sealer, as they run: the sealer seals in the background every two seconds.
 * The ways someone with database access might cover their tracks are in {@link AuditSealTest}.
 */
@IntegrationTest
@ActiveProfiles("demo")
class AuditChainTest {

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;

    /** Each test signs in a person of its own: an admin, a therapist, or a client with a portal login. */
    @BeforeEach
    void aClinic() {
        clinic = new TestClinic(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unsealed() {
        return jdbc.queryForObject("""
                select count(*) from audit_event e
                where not exists (select 1 from audit_seal s where s.event_id = e.id)""", Long.class);
    }

    @Test
    void an_admins_check_is_itself_audited_and_sealed_with_the_rest() {
        clinic.signIn(clinic.admin());
        String verifies = "select count(*) from audit_event where action = 'AUDIT_VERIFY'";
        long before = jdbc.queryForObject(verifies, Long.class);

        var check = chain.verify();

        assertThat(check.intact()).isTrue();
        assertThat(jdbc.queryForObject(verifies, Long.class)).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> unsealed() == 0);
        var later = chain.verify();
        assertThat(later.intact()).isTrue();
        assertThat(later.rowsChecked()).isGreaterThan(check.rowsChecked());
    }

    /**
     * Eight writers at once, 50 transactions each, every fifth rolled back: nobody waits for a chain head, the
     * sealer seals exactly the committed rows, and the log is intact. Prints how long rows stayed unsealed.
     */
    @Test
    void rows_written_at_once_from_many_connections_some_rolled_back_are_all_sealed_and_intact() throws Exception {
        clinic.signIn(clinic.admin());
        long sealedBefore = jdbc.queryForObject("select count(*) from audit_seal", Long.class);
        Map<Long, Instant> committed = new ConcurrentHashMap<>();
        var rolledBack = Collections.synchronizedList(new ArrayList<Long>());
        try (var pool = Executors.newFixedThreadPool(8)) {
            var writers = new ArrayList<Callable<Void>>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(() -> {
                    var template = new TransactionTemplate(transactions);
                    for (int n = 0; n < 50; n++) {
                        int i = n;
                        boolean keep = i % 5 != 4;
                        long id = template.execute(status -> {
                            long row = jdbc.queryForObject("""
                                    insert into audit_event (actor_role, action, detail)
                                    values ('SYSTEM', 'VIEW', ?) returning id""", Long.class, "writer " + writer + " row " + i);
                            if (!keep) {
                                status.setRollbackOnly();
                            }
                            return row;
                        });
                        if (keep) {
                            committed.put(id, Instant.now());
                        } else {
                            rolledBack.add(id);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> unsealed() == 0);

        assertThat(committed).hasSize(320);
        assertThat(rolledBack).hasSize(80);
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class) - sealedBefore)
                .isGreaterThanOrEqualTo(320);
        var check = chain.verify();
        assertThat(check.intact()).isTrue();
        report(committed);
    }

    // How long each committed row waited for its seal: from its commit to the checkpoint that first covered it.
    private void report(Map<Long, Instant> committed) {
        var waits = new ArrayList<Long>();
        committed.forEach((id, at) -> {
            Instant sealedAt = jdbc.queryForObject("""
                    select min(c.sealed_at) from audit_checkpoint c
                    where c.head_seq >= (select seq from audit_seal where event_id = ?)""", Timestamp.class, id).toInstant();
            waits.add(Duration.between(at, sealedAt).toMillis());
        });
        Collections.sort(waits);
        System.out.printf(
                "Audit seal wait over %d rows: p50 %d ms, p95 %d ms, max %d ms%n",
                waits.size(), waits.get(waits.size() / 2), waits.get(waits.size() * 95 / 100), waits.getLast());
    }

    @Test
    void a_therapist_cannot_check_the_chain() {
        clinic.signIn(clinic.therapist("Leila Moradi"));
        assertThatThrownBy(() -> chain.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_cannot_check_the_chain() {
        clinic.signIn(clinic.portalLogin(clinic.clientOf(clinic.therapist("Leila Moradi"), "Zoë Tremblay")));
        assertThatThrownBy(() -> chain.verify()).isInstanceOf(AccessDeniedException.class);
    }
}
