package app.attune.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practice as its client sees it: what to do and why, the therapist's note, and this week so far. {@code forToday}
 * is true while today still asks for it; {@code isNew} until the client has seen it once.
 */
public record MyPractice(
        UUID assignmentId,
        String title,
        int minutes,
        List<String> steps,
        String why,
        @Nullable String note,
        Frequency frequency,
        @Nullable Integer timesPerWeek,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        AssignmentStatus status,
        boolean isNew,
        int doneThisWeek,
        int expectedThisWeek,
        boolean doneToday,
        boolean forToday) {

    /** Whether the client can record it now: active and between its first and last day. */
    public boolean open(LocalDate today) {
        return status == AssignmentStatus.ACTIVE
                && !today.isBefore(startsOn)
                && (endsOn == null || !today.isAfter(endsOn));
    }
}
