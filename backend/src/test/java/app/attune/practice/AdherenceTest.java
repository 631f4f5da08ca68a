package app.attune.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.practice.Adherence.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Adherence of(Frequency f, Integer n, LocalDate start, LocalDate end, List<Change> changes) {
        return Adherence.of(new Schedule(f, n, start, end), changes, MONDAY.plusWeeks(4));
    }

    @Test
    void a_daily_practice_asks_for_each_day_between_its_dates() {
        var adherence = of(Frequency.DAILY, null, MONDAY.plusDays(2), MONDAY.plusDays(9), List.of());

        assertThat(adherence.expected(MONDAY)).isEqualTo(5);
        assertThat(adherence.expected(MONDAY.plusWeeks(1))).isEqualTo(3);
        assertThat(adherence.expected(MONDAY.plusWeeks(2))).isZero();
    }

    @Test
    void a_few_times_a_week_asks_for_no_more_than_the_days_left_in_the_week() {
        var adherence = of(Frequency.TIMES_PER_WEEK, 3, MONDAY.plusDays(5), null, List.of());

        assertThat(adherence.expected(MONDAY)).isEqualTo(2);
        assertThat(adherence.expected(MONDAY.plusWeeks(1))).isEqualTo(3);
    }

    @Test
    void once_asks_for_one_in_the_week_it_starts_only() {
        var adherence = of(Frequency.ONCE, null, MONDAY.plusDays(3), null, List.of());

        assertThat(adherence.expected(MONDAY)).isEqualTo(1);
        assertThat(adherence.expected(MONDAY.plusWeeks(1))).isZero();
    }

    @Test
    void paused_days_and_days_after_the_end_ask_for_nothing() {
        var adherence = of(
                Frequency.DAILY,
                null,
                MONDAY,
                null,
                List.of(
                        new Change(AssignmentEventKind.ASSIGNED, MONDAY),
                        new Change(AssignmentEventKind.PAUSED, MONDAY.plusDays(2)),
                        new Change(AssignmentEventKind.RESUMED, MONDAY.plusDays(5)),
                        new Change(AssignmentEventKind.ENDED, MONDAY.plusDays(10))));

        assertThat(adherence.expected(MONDAY)).isEqualTo(4);
        assertThat(adherence.expected(MONDAY.plusWeeks(1))).isEqualTo(3);
        assertThat(adherence.expected(MONDAY.plusWeeks(2))).isZero();
    }

    @Test
    void weeks_count_completions_per_week_newest_first() {
        var adherence = of(Frequency.TIMES_PER_WEEK, 2, MONDAY, null, List.of());

        var weeks = adherence.weeks(
                MONDAY,
                MONDAY.plusWeeks(1),
                List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(8)));

        assertThat(weeks)
                .containsExactly(new WeekAdherence(MONDAY.plusWeeks(1), 1, 2), new WeekAdherence(MONDAY, 3, 2));
        assertThat(weeks.get(1).rate()).isEqualTo(1.0);
    }

    @Test
    void weeks_in_a_row_never_break_on_a_week_that_has_just_begun() {
        var thisWeek = MONDAY.plusWeeks(3);

        assertThat(MyPractices.weeksInARow(
                        Set.of(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2).plusDays(6)), thisWeek))
                .isEqualTo(2);
        assertThat(MyPractices.weeksInARow(Set.of(thisWeek, MONDAY), thisWeek)).isEqualTo(1);
        assertThat(MyPractices.weeksInARow(Set.of(MONDAY), thisWeek)).isZero();
    }
}
