package app.attune.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a walk along the sealed audit log found: intact with the number of rows checked (and how many newer rows are
 * still waiting for their seal, which is normal for a few seconds), or the first problem: its kind, the row it names
 * (id and when it says it happened) where there is one, and how many rows it concerns.
 */
public record ChainCheck(
        boolean intact,
        long rowsChecked,
        @Nullable Long brokenRowId,
        @Nullable Instant brokenRowOccurredAt,
        @Nullable Problem problem,
        long rowsConcerned,
        long awaitingSeal) {

    /** What broke. */
    public enum Problem {
        /** A row is not as it was sealed: changed, or its seal forged or moved. */
        ROW_CHANGED,
        /** A sealed row is gone, or its seal is. */
        ROW_REMOVED,
        /** The newest rows are gone: the seals end before the newest checkpoint says they reached. */
        NEWEST_ROWS_REMOVED,
        /** A checkpoint is not as it was written, or one between others is gone. */
        CHECKPOINT_CHANGED,
        /** The newest checkpoints are gone: this server wrote a newer one than the database holds. */
        CHECKPOINTS_REMOVED,
        /** Rows older than the grace period have no seal: written behind the application's back, or the sealer stopped. */
        NOT_SEALED
    }

    static ChainCheck intact(long rows, long awaitingSeal) {
        return new ChainCheck(true, rows, null, null, null, 0, awaitingSeal);
    }

    static ChainCheck broken(
            Problem problem, long rowsChecked, @Nullable Long id, @Nullable Instant occurredAt, long concerned) {
        return new ChainCheck(false, rowsChecked, id, occurredAt, problem, concerned, 0);
    }
}
