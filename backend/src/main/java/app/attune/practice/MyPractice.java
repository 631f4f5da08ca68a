package app.attune.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A practice as its client sees it: what to do and why, the therapist's note, and this week so far. {@code forToday}
 * is true while today still asks for it; {@code isNew} until the client has seen it once.
 */
public record MyPractice(UUID assignmentId, String title, int minutes, List<String> steps, String why, String note,
        Frequency frequency, Integer timesPerWeek, LocalDate startsOn, LocalDate endsOn, AssignmentStatus status,
        boolean isNew, int doneThisWeek, int expectedThisWeek, boolean doneToday, boolean forToday) {

    /** Whether the client can record it now: active and between its first and last day. */
    public boolean open(LocalDate today) {
        return status == AssignmentStatus.ACTIVE && !today.isBefore(startsOn)
                && (endsOn == null || !today.isAfter(endsOn));
    }
}
