package app.attune.practice;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of an assignment's history: what happened, when, and the schedule after it. */
public record HistoryEntry(
        Instant at,
        AssignmentEventKind kind,
        Frequency frequency,
        @Nullable Integer timesPerWeek,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
