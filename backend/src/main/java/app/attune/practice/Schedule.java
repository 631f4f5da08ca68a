package app.attune.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How often and between which days a practice is asked for. {@code endsOn} may be null (open-ended). */
record Schedule(
        Frequency frequency,
        @Nullable Integer timesPerWeek,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
