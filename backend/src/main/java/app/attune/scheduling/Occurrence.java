package app.attune.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One date of a planned session or series, and what is in the way, if anything. */
public record Occurrence(
        int index, Instant start, Instant end, @Nullable String conflict) {

    /** Whether the time is free. */
    public boolean free() {
        return conflict == null;
    }
}
