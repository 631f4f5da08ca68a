package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.audit.ChainCheck.Problem;
import app.attune.test.IntegrationTest;
import app.attune.test.ScheduledJobs;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who can reach the database, as its owner, but hasn't the key: each way of covering their tracks is found.
 * The tamper steps run as the owner with triggers off ({@code session_replication_role = replica}), as an attacker
 * would, and each test puts the log back as it was. The scheduled sealer is held off during each test
 * ({@link ScheduledJobs}), so the tests seal when they choose.
 */
@IntegrationTest
@ActiveProfiles("demo")
class AuditSealTest {

    @Autowired
    AuditChain chain;

    @Autowired
    AuditSealer sealer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private long insert(String detail) {
        return jdbc.queryForObject(
                "insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', ?) returning id",
                Long.class,
                detail);
    }

    /**
     * Seals every row written so far, and says how many this call sealed. The sealer seals a row only once every
     * transaction older than it has ended on the whole PostgreSQL server (decision 015), and other work on a shared
     * server (another build's tests) may hold that back for a while: so this waits for the newest row's seal, a state,
     * not for a time.
     */
    private int sealAll() {
        long newest = count("select coalesce(max(id), 0) from audit_event");
        var sealed = new AtomicInteger();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    sealed.addAndGet(sealer.sealPending(true));
                    return newest == 0 || count("select count(*) from audit_seal where event_id = " + newest) > 0;
                });
        return sealed.get();
    }

    /** Runs statements as the database's owner with every trigger off, in one transaction. */
    private void asOwner(String... statements) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            for (String statement : statements) {
                jdbc.execute(statement);
            }
        });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @BeforeEach
    void everythingSealed() {
        ScheduledJobs.holdOff(context, AuditSealer.class);
        sealAll();
        assertThat(chain.walk().intact()).as("the log before the test").isTrue();
    }

    @Test
    void a_sealed_untouched_log_is_intact_and_every_row_is_counted() {
        insert("first");
        insert(null);
        sealAll();

        var check = chain.walk();

        assertThat(check.intact()).isTrue();
        assertThat(check.rowsChecked()).isEqualTo(count("select count(*) from audit_event"));
        assertThat(check.awaitingSeal()).isZero();
    }

    @Test
    void a_row_not_yet_sealed_is_reported_as_waiting_not_as_broken() {
        insert("just written");

        var check = chain.walk();

        assertThat(check.intact()).isTrue();
        assertThat(check.awaitingSeal()).isEqualTo(1);
        sealAll();
        assertThat(chain.walk().awaitingSeal()).isZero();
    }

    @Test
    void deleting_the_newest_rows_with_their_seals_is_found_and_says_how_many() {
        insert("newest but two");
        insert("newest but one");
        insert("newest");
        sealAll();
        asOwner(
                "create table kept_event as select * from audit_event order by id desc limit 3",
                "create table kept_seal as select * from audit_seal order by seq desc limit 3",
                "delete from audit_event where id in (select id from kept_event)",
                "delete from audit_seal where seq in (select seq from kept_seal)");
        try {
            var check = chain.walk();

            assertThat(check.intact()).isFalse();
            assertThat(check.problem()).isEqualTo(Problem.NEWEST_ROWS_REMOVED);
            assertThat(check.rowsConcerned()).isEqualTo(3);
        } finally {
            asOwner(
                    "insert into audit_event overriding system value select * from kept_event",
                    "insert into audit_seal select * from kept_seal",
                    "drop table kept_event, kept_seal");
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void deleting_the_newest_checkpoints_too_is_found_by_the_server_that_wrote_them() {
        insert("to be hidden");
        sealAll();
        asOwner(
                "create table kept_event as select * from audit_event order by id desc limit 1",
                "create table kept_seal as select * from audit_seal order by seq desc limit 1",
                "create table kept_checkpoint as select * from audit_checkpoint order by seq desc limit 1",
                "delete from audit_event where id in (select id from kept_event)",
                "delete from audit_seal where seq in (select seq from kept_seal)",
                "delete from audit_checkpoint where seq in (select seq from kept_checkpoint)");
        try {
            var check = chain.walk();

            assertThat(check.problem()).isEqualTo(Problem.CHECKPOINTS_REMOVED);
            assertThat(check.rowsConcerned()).isEqualTo(1);
        } finally {
            asOwner(
                    "insert into audit_event overriding system value select * from kept_event",
                    "insert into audit_seal select * from kept_seal",
                    "insert into audit_checkpoint select * from kept_checkpoint",
                    "drop table kept_event, kept_seal, kept_checkpoint");
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void changing_one_byte_of_a_sealed_row_is_found_and_that_row_is_named() {
        long tampered = insert("unknown account");
        insert("a later row");
        sealAll();
        asOwner("update audit_event set detail = 'unknown accounT' where id = " + tampered);
        try {
            var check = chain.walk();

            assertThat(check.problem()).isEqualTo(Problem.ROW_CHANGED);
            assertThat(check.brokenRowId()).isEqualTo(tampered);
            assertThat(check.brokenRowOccurredAt()).isNotNull();
        } finally {
            asOwner("update audit_event set detail = 'unknown account' where id = " + tampered);
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void rewriting_a_row_and_its_seals_without_the_key_is_found() {
        long tampered = insert("signed in from the clinic");
        sealAll();
        byte[] original = jdbc.queryForObject("select seal from audit_seal where event_id = ?", byte[].class, tampered);
        // The attacker's best try: the row changed, its seal recomputed by the same rules with a key of their own,
        // and every seal and checkpoint after it likewise.
        var guess = AuditSealKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        asOwner("update audit_event set detail = 'signed in from home' where id = " + tampered);
        long seq = jdbc.queryForObject("select seq from audit_seal where event_id = ?", Long.class, tampered);
        byte[] previous = seq == 1
                ? AuditSeals.GENESIS
                : jdbc.queryForObject("select seal from audit_seal where seq = ?", byte[].class, seq - 1);
        var row =
                jdbc.queryForObject("select * from audit_event where id = ?", (rs, n) -> AuditSealer.row(rs), tampered);
        byte[] forged = AuditSeals.seal(guess, previous, seq, row);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update audit_seal set seal = ? where event_id = ?", forged, tampered);
            jdbc.update("update audit_checkpoint set head_seal = ? where head_seq = ?", forged, seq);
        });
        try {
            var check = chain.walk();

            assertThat(check.intact()).isFalse();
            assertThat(check.problem()).isIn(Problem.ROW_CHANGED, Problem.CHECKPOINT_CHANGED);
        } finally {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.execute("set local session_replication_role = replica");
                jdbc.update("update audit_event set detail = 'signed in from the clinic' where id = ?", tampered);
                jdbc.update("update audit_seal set seal = ? where event_id = ?", original, tampered);
                jdbc.update("update audit_checkpoint set head_seal = ? where head_seq = ?", original, seq);
            });
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void a_row_removed_from_the_middle_is_named_even_with_its_seal_left_in_place() {
        long removed = insert("to be removed");
        insert("after it");
        sealAll();
        asOwner(
                "create table kept_event as select * from audit_event where id = " + removed,
                "delete from audit_event where id = " + removed);
        try {
            var check = chain.walk();

            assertThat(check.problem()).isEqualTo(Problem.ROW_REMOVED);
            assertThat(check.brokenRowId()).isEqualTo(removed);
        } finally {
            asOwner(
                    "insert into audit_event overriding system value select * from kept_event",
                    "drop table kept_event");
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void two_rows_swapped_in_the_seal_order_are_found() {
        long first = insert("one");
        long second = insert("two");
        sealAll();
        asOwner(
                "update audit_seal set event_id = -event_id where event_id in (" + first + ", " + second + ")",
                "update audit_seal set event_id = " + second + " where event_id = -" + first,
                "update audit_seal set event_id = " + first + " where event_id = -" + second);
        try {
            assertThat(chain.walk().problem()).isEqualTo(Problem.ROW_CHANGED);
        } finally {
            asOwner(
                    "update audit_seal set event_id = -event_id where event_id in (" + first + ", " + second + ")",
                    "update audit_seal set event_id = " + second + " where event_id = -" + first,
                    "update audit_seal set event_id = " + first + " where event_id = -" + second);
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void after_a_restore_into_another_server_whose_transaction_ids_start_lower_new_rows_are_still_sealed() {
        long seq = count("select max(seq) from audit_seal");
        String tx = jdbc.queryForObject("select tx::text from audit_seal where seq = ?", String.class, seq);
        // As restored from a server that had counted far more transactions than this one.
        asOwner("update audit_seal set tx = '9000000000000'::xid8 where seq = " + seq);
        try {
            long row = insert("written after the restore");

            assertThat(sealAll()).isEqualTo(1);
            assertThat(count("select count(*) from audit_seal where event_id = " + row))
                    .isOne();
            assertThat(chain.walk().intact()).isTrue();
        } finally {
            asOwner("update audit_seal set tx = '" + tx + "'::xid8 where seq = " + seq);
        }
    }

    @Test
    void a_changed_checkpoint_is_found() {
        insert("checkpointed");
        sealAll();
        long newest = count("select max(seq) from audit_checkpoint");
        asOwner("update audit_checkpoint set sealed_at = sealed_at + interval '1 second' where seq = " + newest);
        try {
            assertThat(chain.walk().problem()).isEqualTo(Problem.CHECKPOINT_CHANGED);
        } finally {
            asOwner("update audit_checkpoint set sealed_at = sealed_at - interval '1 second' where seq = " + newest);
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void a_row_slipped_in_behind_the_sealer_is_reported_once_the_grace_period_is_over() {
        // A transaction id the sealer will not reach for a long time, and a time well past the grace period.
        long slipped = jdbc.queryForObject("""
                insert into audit_event (occurred_at, written_at, actor_role, action, detail, tx)
                values (now() - interval '1 hour', now() - interval '1 hour', 'SYSTEM', 'VIEW', 'slipped in',
                        '9000000000000'::xid8)
                returning id""", Long.class);
        try {
            sealer.sealPending(true);
            var check = chain.walk();

            assertThat(check.problem()).isEqualTo(Problem.NOT_SEALED);
            assertThat(check.brokenRowId()).isEqualTo(slipped);
            assertThat(check.rowsConcerned()).isEqualTo(1);
        } finally {
            asOwner("delete from audit_event where id = " + slipped);
        }
        assertThat(chain.walk().intact()).isTrue();
    }

    @Test
    void the_application_role_may_add_seals_and_checkpoints_but_never_change_or_remove_them() {
        for (String change : List.of(
                "update audit_seal set seal = seal",
                "delete from audit_seal",
                "truncate audit_seal",
                "update audit_checkpoint set mac = mac",
                "delete from audit_checkpoint",
                "truncate audit_checkpoint")) {
            var refused = new TransactionTemplate(transactions).execute(status -> {
                jdbc.execute("set local role attune_app");
                try {
                    jdbc.execute(change);
                    return null;
                } catch (DataAccessException e) {
                    status.setRollbackOnly();
                    return e.getMostSpecificCause().getMessage();
                }
            });
            assertThat(refused).as(change).contains("permission denied");
        }
    }
}
