package app.attune.audit;

import java.time.Instant;

/**
 * What a walk along the audit chain found: intact with the number of rows checked, or the first row whose link is
 * broken (its id and when it says it happened).
 */
public record ChainCheck(boolean intact, long rowsChecked, Long brokenRowId, Instant brokenRowOccurredAt) {

    static ChainCheck intact(long rows) {
        return new ChainCheck(true, rows, null, null);
    }

    static ChainCheck brokenAt(long rowsChecked, long id, Instant occurredAt) {
        return new ChainCheck(false, rowsChecked, id, occurredAt);
    }
}
