package app.attune.practice;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts a completion once per idempotency key. {@code on conflict do nothing} lets the unique index settle a double
 * tap or two racing retries: the second insert waits for the first, then does nothing.
 */
@Component
class CompletionWriter {

    private final JdbcClient jdbc;

    CompletionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this call recorded it (false: the key was already recorded). */
    boolean insert(UUID assignmentId, UUID key, Instant doneAt, CompletionForm form, Instant now) {
        String reflection = form.reflection() == null || form.reflection().isBlank()
                ? null
                : form.reflection().strip();
        int rows = jdbc.sql("""
                insert into completion (id, assignment_id, done_at, distress_before, distress_after, helpfulness,
                                        reflection, idempotency_key, created_at)
                values (:id, :assignment, :doneAt, :before, :after, :helpfulness, :reflection, :key, :now)
                on conflict (assignment_id, idempotency_key) do nothing""")
                .param("id", UUID.randomUUID())
                .param("assignment", assignmentId)
                .param("doneAt", OffsetDateTime.ofInstant(doneAt, ZoneOffset.UTC))
                .param("before", form.distressBefore())
                .param("after", form.distressAfter())
                .param("helpfulness", form.helpfulness(), Types.SMALLINT)
                .param("reflection", reflection, Types.VARCHAR)
                .param("key", key)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return rows == 1;
    }

    /** The id recorded under {@code key}. */
    UUID idFor(UUID assignmentId, UUID key) {
        return jdbc.sql("select id from completion where assignment_id = :assignment and idempotency_key = :key")
                .param("assignment", assignmentId)
                .param("key", key)
                .query(UUID.class)
                .single();
    }
}
