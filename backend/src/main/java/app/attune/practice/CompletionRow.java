package app.attune.practice;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recorded completion: when, distress before and after (0 to 10), helpfulness (1 to 5, optional), reflection. */
public record CompletionRow(
        UUID id,
        UUID assignmentId,
        Instant doneAt,
        int distressBefore,
        int distressAfter,
        @Nullable Integer helpfulness,
        @Nullable String reflection) {

    /** How much distress went down: positive when the client felt calmer after. */
    public int easedBy() {
        return distressBefore - distressAfter;
    }
}
