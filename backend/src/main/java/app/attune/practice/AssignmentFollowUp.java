package app.attune.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One assignment as its client's therapist follows it: the schedule, adherence per week (newest first), the average
 * easing of distress ({@code null} before any completion), completions newest first, and the history of changes.
 */
public record AssignmentFollowUp(
        UUID id,
        long version,
        UUID practiceId,
        String practiceTitle,
        Frequency frequency,
        @Nullable Integer timesPerWeek,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String note,
        AssignmentStatus status,
        List<WeekAdherence> weeks,
        @Nullable Double averageEasing,
        List<CompletionRow> completions,
        List<HistoryEntry> history) {

    /** The schedule as the change form edits it. */
    public AssignmentForm toForm() {
        return new AssignmentForm(practiceId, frequency, timesPerWeek, startsOn, endsOn, note);
    }
}
