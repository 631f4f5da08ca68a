package app.attune.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One week (Monday first) of an assignment: completions recorded against those asked for. */
public record WeekAdherence(LocalDate weekStart, int done, int expected) {

    /** Done as a share of expected, at most 1; null when nothing was asked for that week. */
    public @Nullable Double rate() {
        return expected == 0 ? null : Math.min(done, expected) / (double) expected;
    }
}
