package app.attune.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's "My practices": their practices, how many are new, this week's count, how many weeks in a row had at
 * least one practice (never a penalty, only a count), and their past completions, newest first.
 */
public record MyPracticesPage(
        LocalDate today,
        List<MyPractice> practices,
        int newCount,
        int doneThisWeek,
        int weeksInARow,
        List<MyCompletion> past) {

    /** A past completion with the practice's title. */
    public record MyCompletion(String title, CompletionRow completion) {}
}
