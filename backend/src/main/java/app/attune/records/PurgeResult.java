package app.attune.records;

import java.util.Map;

/** How many rows each table lost in a purge, by table name, in the order they were removed. */
public record PurgeResult(Map<String, Long> removed) {

    /** Every row removed, the client's own included. */
    public long total() {
        return removed.values().stream().mapToLong(Long::longValue).sum();
    }
}
