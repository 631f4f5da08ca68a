package app.attune.audit;

import app.attune.audit.ChainCheck.Problem;
import app.attune.security.Access;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the sealed audit log: every seal must be the HMAC of the seal before it and its row as it is now, the seals
 * must reach as far as the newest checkpoint says, the checkpoints must be as written and none missing, and no row
 * may go unsealed for longer than the grace period. Without the key, nobody who changes the database can make these
 * hold again.
 *
 * @see "Design decision: docs/decisions/015-audit-seal.md"
 */
@Service
public class AuditChain {

    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

    private final JdbcClient jdbc;
    private final AuditLog log;
    private final AuditSealKey key;
    private final AuditSealer sealer;
    private final Duration grace;

    AuditChain(
            JdbcClient jdbc,
            AuditLog log,
            AuditSealKey key,
            AuditSealer sealer,
            @Value("${attune.audit.seal-grace:1m}") Duration grace) {
        this.jdbc = jdbc;
        this.log = log;
        this.key = key;
        this.sealer = sealer;
        this.grace = grace;
    }

    /**
     * Walks the whole log, a batch at a time, and reports the first problem or how many rows are intact. The check
     * is itself audited first (and sealed a few seconds later).
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        log.recordAccess(AuditAction.AUDIT_VERIFY, null, AuditRecordType.AUDIT, null);
        return walk();
    }

    /**
     * The daily check, on one instance: the others' cron fires at the same minute and finds the lock taken, which
     * it stays for at least five minutes, more than the instances' clocks may differ. Its log line holds counts and
     * at most a row id: never who, whom or what.
     */
    @Scheduled(cron = "${attune.audit.verify-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "audit-verify", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    @Transactional(readOnly = true)
    void verifyDaily() {
        var check = walk();
        if (check.intact()) {
            LOG.info(
                    "Audit log intact: {} sealed rows checked, {} awaiting their seal",
                    check.rowsChecked(),
                    check.awaitingSeal());
        } else {
            LOG.error(
                    "Audit log problem {} at audit_event id {} ({} rows checked before it, {} concerned)",
                    check.problem(),
                    check.brokenRowId(),
                    check.rowsChecked(),
                    check.rowsConcerned());
        }
    }

    ChainCheck walk() {
        var checkpoints = checkpoints();
        if (checkpoints.problem().isPresent()) {
            return checkpoints.problem().get();
        }
        var newest = checkpoints.newest();
        long after = 0;
        byte[] previous = AuditSeals.GENESIS;
        byte @Nullable [] sealAtCheckpoint = null;
        while (true) {
            List<Link> links = jdbc.sql("""
                    select s.seq, s.event_id, s.seal, e.id, e.occurred_at, e.actor_id, e.actor_role, e.action,
                           e.client_id, e.record_type, e.record_id, e.detail
                    from audit_seal s left join audit_event e on e.id = s.event_id
                    where s.seq > :after order by s.seq limit :batch""")
                    .param("after", after)
                    .param("batch", BATCH)
                    .query((rs, n) -> new Link(
                            rs.getLong("seq"),
                            rs.getLong("event_id"),
                            rs.getBytes("seal"),
                            rs.getObject("id") == null ? null : AuditSealer.row(rs)))
                    .list();
            for (Link link : links) {
                if (link.row() == null || link.seq() != after + 1) {
                    return ChainCheck.broken(
                            Problem.ROW_REMOVED,
                            after,
                            link.eventId(),
                            link.row() == null ? null : link.row().occurredAt(),
                            1);
                }
                byte[] expected = AuditSeals.seal(key, previous, link.seq(), link.row());
                if (!MessageDigest.isEqual(expected, link.seal())) {
                    return ChainCheck.broken(
                            Problem.ROW_CHANGED,
                            after,
                            link.eventId(),
                            link.row().occurredAt(),
                            1);
                }
                after = link.seq();
                previous = expected;
                if (newest != null && after == newest.headSeq()) {
                    sealAtCheckpoint = expected;
                }
            }
            if (links.size() < BATCH) {
                break;
            }
        }
        if (newest != null && after < newest.headSeq()) {
            return ChainCheck.broken(Problem.NEWEST_ROWS_REMOVED, after, null, null, newest.headSeq() - after);
        }
        if (newest != null && !MessageDigest.isEqual(sealAtCheckpoint, newest.headSeal())) {
            return ChainCheck.broken(Problem.ROW_CHANGED, after, null, null, 0);
        }
        return unsealed(after);
    }

    /**
     * Rows with no seal: fine while younger than the grace period, a problem after it. Their age is measured on the
     * database's clock, from when each row reached it, so neither the application's clock nor a time written into
     * the row decides it.
     */
    private ChainCheck unsealed(long sealed) {
        long graceMillis = grace.toMillis();
        var waiting = jdbc.sql("""
                select count(*) as n,
                       count(*) filter (where e.written_at < clock_timestamp() - :grace * interval '1 millisecond')
                           as late
                from audit_event e
                where not exists (select 1 from audit_seal s where s.event_id = e.id)""")
                .param("grace", graceMillis)
                .query((rs, n) -> new Waiting(rs.getLong("n"), rs.getLong("late")))
                .single();
        if (waiting.late() > 0) {
            var firstLate = jdbc.sql("""
                    select e.id, e.occurred_at from audit_event e
                    where e.written_at < clock_timestamp() - :grace * interval '1 millisecond'
                      and not exists (select 1 from audit_seal s where s.event_id = e.id)
                    order by e.written_at, e.id limit 1""")
                    .param("grace", graceMillis)
                    .query((rs, n) -> new Late(
                            rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant()))
                    .single();
            return ChainCheck.broken(
                    Problem.NOT_SEALED, sealed, firstLate.id(), firstLate.occurredAt(), waiting.late());
        }
        return ChainCheck.intact(sealed, waiting.count());
    }

    /** Every checkpoint's MAC and link, then whether this server wrote a newer one than the database holds. */
    private Checkpoints checkpoints() {
        long after = 0;
        byte @Nullable [] previousMac = null;
        AuditSeals.@Nullable Checkpoint newest = null;
        while (true) {
            var batch = jdbc.sql("""
                    select seq, sealed_at, head_seq, head_seal, prev_mac, mac from audit_checkpoint
                    where seq > :after order by seq limit :batch""")
                    .param("after", after)
                    .param("batch", BATCH)
                    .query((rs, n) -> new Written(
                            new AuditSeals.Checkpoint(
                                    rs.getLong("seq"),
                                    rs.getTimestamp("sealed_at").toInstant(),
                                    rs.getLong("head_seq"),
                                    rs.getBytes("head_seal"),
                                    rs.getBytes("prev_mac")),
                            rs.getBytes("mac")))
                    .list();
            for (var written : batch) {
                var checkpoint = written.checkpoint();
                boolean links = checkpoint.seq() == after + 1
                        && (previousMac == null
                                ? checkpoint.prevMac() == null
                                : MessageDigest.isEqual(previousMac, checkpoint.prevMac()));
                if (!links || !MessageDigest.isEqual(written.mac(), AuditSeals.checkpointMac(key, checkpoint))) {
                    return new Checkpoints(
                            null,
                            Optional.of(
                                    ChainCheck.broken(Problem.CHECKPOINT_CHANGED, 0, null, checkpoint.sealedAt(), 1)));
                }
                after = checkpoint.seq();
                previousMac = written.mac();
                newest = checkpoint;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        long remembered = sealer.lastCheckpointWritten();
        if (remembered > after) {
            return new Checkpoints(
                    null,
                    Optional.of(ChainCheck.broken(Problem.CHECKPOINTS_REMOVED, 0, null, null, remembered - after)));
        }
        return new Checkpoints(newest, Optional.empty());
    }

    private record Link(long seq, long eventId, byte[] seal, AuditSeals.@Nullable Row row) {}

    private record Written(AuditSeals.Checkpoint checkpoint, byte[] mac) {}

    private record Checkpoints(AuditSeals.@Nullable Checkpoint newest, Optional<ChainCheck> problem) {}

    private record Waiting(long count, long late) {}

    private record Late(long id, Instant occurredAt) {}
}
