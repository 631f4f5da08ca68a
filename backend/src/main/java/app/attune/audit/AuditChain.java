package app.attune.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's hash chain: each row's hash must be the SHA-256 of the previous row's hash and its own
 * content, and each row must point at the hash of the row before it.
 */
@Service
public class AuditChain {

    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

    private final JdbcClient jdbc;
    private final AuditLog log;

    AuditChain(JdbcClient jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /**
     * Walks the whole chain, a batch at a time, and reports the first broken link or how many rows are intact. The
     * check is itself audited first, so it is part of what it checks.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        log.recordAccess(AuditAction.AUDIT_VERIFY, null, "audit", null);
        return walk();
    }

    /** The daily check. Its log line holds a count and at most a row id: never who, whom or what. */
    @Scheduled(cron = "${attune.audit.verify-cron:0 30 3 * * *}", zone = "UTC")
    @Transactional(readOnly = true)
    void verifyDaily() {
        var check = walk();
        if (check.intact()) {
            LOG.info("Audit chain intact: {} rows checked", check.rowsChecked());
        } else {
            LOG.error("Audit chain broken at audit_event id {} ({} rows checked before it)", check.brokenRowId(),
                    check.rowsChecked());
        }
    }

    private ChainCheck walk() {
        long afterSeq = 0;
        String previousHash = null;
        long checked = 0;
        while (true) {
            List<Link> links = jdbc.sql("""
                    select id, occurred_at, chain_seq, prev_hash, row_hash,
                           audit_event_hash(prev_hash, id, occurred_at, actor_id, actor_role, action, client_id,
                                            record_type, record_id, detail) as expected
                    from audit_event where chain_seq > :after order by chain_seq limit :batch""")
                    .param("after", afterSeq).param("batch", BATCH)
                    .query((rs, n) -> new Link(rs.getLong("id"), rs.getTimestamp("occurred_at"),
                            rs.getLong("chain_seq"), rs.getString("prev_hash"), rs.getString("row_hash"),
                            rs.getString("expected")))
                    .list();
            for (Link link : links) {
                boolean follows = link.seq() == afterSeq + 1 && Objects.equals(link.prevHash(), previousHash);
                if (!follows || !link.rowHash().equals(link.expected())) {
                    return ChainCheck.brokenAt(checked, link.id(), link.occurredAt());
                }
                checked++;
                afterSeq = link.seq();
                previousHash = link.rowHash();
            }
            if (links.size() < BATCH) {
                return ChainCheck.intact(checked);
            }
        }
    }

    private record Link(long id, Instant occurredAt, long seq, String prevHash, String rowHash, String expected) {
        Link(long id, Timestamp occurredAt, long seq, String prevHash, String rowHash, String expected) {
            this(id, occurredAt.toInstant(), seq, prevHash, rowHash, expected);
        }
    }
}
