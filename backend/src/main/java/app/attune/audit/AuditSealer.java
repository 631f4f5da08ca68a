package app.attune.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the audit log shortly after rows are written, so that writers never wait for a chain head: every few seconds
 * one instance (a PostgreSQL advisory lock decides which) takes the rows whose transactions have ended, in
 * (transaction, id) order, chains each to the seal before it with the key, and writes a checkpoint. The advisory lock
 * stays rather than ShedLock's (decision 019): a check that must seal first waits for it, which ShedLock cannot, and it
 * ends with its transaction, so a sealer that dies frees it at once instead of after a lock-until.
 *
 * @see "Design decision: docs/decisions/015-audit-seal.md"
 */
@Component
class AuditSealer {

    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditSealKey key;
    private final Clock clock;
    /** The newest checkpoint this instance wrote: the database must never hold fewer (an anchor outside it). */
    private final AtomicLong lastCheckpoint = new AtomicLong();

    AuditSealer(JdbcClient jdbc, PlatformTransactionManager transactions, AuditSealKey key, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.key = key;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${attune.audit.seal-interval:2s}",
            initialDelayString = "${attune.audit.seal-interval:2s}")
    void sealScheduled() {
        sealPending(false);
    }

    /**
     * Seals every row whose transaction has ended, a batch per transaction, and answers how many. When another
     * instance (or round) is sealing, {@code wait} says whether to wait for it or to seal nothing this time.
     */
    int sealPending(boolean wait) {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> round(wait));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /** The newest checkpoint this instance wrote, 0 before its first. */
    long lastCheckpointWritten() {
        return lastCheckpoint.get();
    }

    private int round(boolean wait) {
        // Only one sealer at a time across instances; the scheduled ones skip a round rather than queue.
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('attune.audit_seal'))")
                    .query()
                    .singleRow();
        } else if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('attune.audit_seal'))")
                .query(Boolean.class)
                .single()) {
            return 0;
        }
        var head = jdbc.sql("select seq, event_id, tx::text as tx, seal from audit_seal order by seq desc limit 1")
                .query((rs, n) ->
                        new Head(rs.getLong("seq"), rs.getLong("event_id"), rs.getString("tx"), rs.getBytes("seal")))
                .optional()
                .orElse(new Head(0, 0, "0", AuditSeals.GENESIS));
        // Every transaction below the oldest one still running has ended: its rows are all visible now, or never
        // will be. Taken before the rows are read, so the read (a newer snapshot) sees all of them.
        String horizon = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text")
                .query(String.class)
                .single();
        // Rows after the newest seal, in (tx, id) order. "Or a newer id" and the check for a seal cover a database
        // restored into another PostgreSQL server, whose transaction ids start again below the restored ones.
        var rows = jdbc.sql("""
                select e.id, e.tx::text as tx, e.occurred_at, e.actor_id, e.actor_role, e.action, e.client_id,
                       e.record_type, e.record_id, e.detail
                from audit_event e
                where e.tx < cast(:horizon as xid8) and (e.tx >= cast(:tx as xid8) or e.id > :id)
                  and not exists (select 1 from audit_seal s where s.event_id = e.id)
                order by e.tx, e.id limit :batch""")
                .param("horizon", horizon)
                .param("tx", head.tx())
                .param("id", head.eventId())
                .param("batch", BATCH)
                .query((rs, n) -> new Pending(rs.getString("tx"), row(rs)))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        long seq = head.seq();
        byte[] seal = head.seal();
        long[] seqs = new long[rows.size()];
        long[] ids = new long[rows.size()];
        String[] txs = new String[rows.size()];
        byte[][] seals = new byte[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            var pending = rows.get(i);
            seq++;
            seal = AuditSeals.seal(key, seal, seq, pending.row());
            seqs[i] = seq;
            ids[i] = pending.row().id();
            txs[i] = pending.tx();
            seals[i] = seal;
        }
        // The whole round's seals in one statement over arrays (decision 016: JdbcClient has no batch).
        jdbc.sql("""
                insert into audit_seal (seq, event_id, tx, seal)
                select s.seq, s.event_id, cast(s.tx as xid8), s.seal
                from unnest(cast(:seqs as bigint[]), cast(:ids as bigint[]), cast(:txs as text[]),
                            cast(:seals as bytea[])) as s (seq, event_id, tx, seal)""")
                .param("seqs", seqs)
                .param("ids", ids)
                .param("txs", txs)
                .param("seals", seals)
                .update();
        checkpoint(seq, seal);
        return rows.size();
    }

    private void checkpoint(long headSeq, byte[] headSeal) {
        var previous = jdbc.sql("select seq, mac from audit_checkpoint order by seq desc limit 1")
                .query((rs, n) -> new Previous(rs.getLong("seq"), rs.getBytes("mac")))
                .optional();
        long seq = previous.map(Previous::seq).orElse(0L) + 1;
        byte @Nullable [] prevMac = previous.map(Previous::mac).orElse(null);
        var checkpoint =
                new AuditSeals.Checkpoint(seq, AuditSeals.truncate(clock.instant()), headSeq, headSeal, prevMac);
        jdbc.sql("""
                insert into audit_checkpoint (seq, sealed_at, head_seq, head_seal, prev_mac, mac)
                values (:seq, :at, :headSeq, :headSeal, :prevMac, :mac)""")
                .param("seq", seq)
                .param("at", Timestamp.from(checkpoint.sealedAt()))
                .param("headSeq", headSeq)
                .param("headSeal", headSeal)
                .param("prevMac", prevMac)
                .param("mac", AuditSeals.checkpointMac(key, checkpoint))
                .update();
        // After commit the number is the anchor; a rolled-back round leaves the older one, which is still true.
        rememberAfterCommit(seq);
        LOG.debug("Audit log sealed to row {} (checkpoint {})", headSeq, seq);
    }

    private void rememberAfterCommit(long seq) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastCheckpoint.accumulateAndGet(seq, Math::max);
            }
        });
    }

    static AuditSeals.Row row(ResultSet rs) throws SQLException {
        return new AuditSeals.Row(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_role"),
                rs.getString("action"),
                rs.getObject("client_id", UUID.class),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("detail"));
    }

    private record Head(long seq, long eventId, String tx, byte[] seal) {}

    private record Previous(long seq, byte[] mac) {}

    private record Pending(String tx, AuditSeals.Row row) {}
}
