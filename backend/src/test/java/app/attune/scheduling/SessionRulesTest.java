package app.attune.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.base.InvalidInputException.FieldProblem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A session's checks and a series' dates on plain JUnit, with no database. */
class SessionRulesTest {

    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalTime TEN = LocalTime.of(10, 0);

    static SessionRequest series(Repeat repeat, Integer occurrences, LocalDate until) {
        return new SessionRequest(
                UUID.randomUUID(),
                MONDAY,
                TEN,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                "Room 2",
                repeat,
                occurrences,
                until);
    }

    static SessionRequest video(String link) {
        return new SessionRequest(
                UUID.randomUUID(),
                MONDAY,
                TEN,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.VIDEO,
                link,
                null,
                Repeat.NEVER,
                null,
                null);
    }

    static java.util.List<String> fields(java.util.List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_single_session_takes_its_one_date() {
        assertThat(SessionRules.dates(series(Repeat.NEVER, null, null))).containsExactly(MONDAY);
    }

    @Test
    void a_weekly_series_of_four_takes_the_same_weekday_four_weeks_running() {
        assertThat(SessionRules.dates(series(Repeat.WEEKLY, 4, null)))
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3));
    }

    @Test
    void a_series_every_two_weeks_until_a_date_includes_that_date_when_it_falls_on_a_session() {
        assertThat(SessionRules.dates(series(Repeat.EVERY_TWO_WEEKS, null, MONDAY.plusWeeks(6))))
                .containsExactly(MONDAY, MONDAY.plusWeeks(2), MONDAY.plusWeeks(4), MONDAY.plusWeeks(6));
        assertThat(SessionRules.dates(
                        series(Repeat.EVERY_TWO_WEEKS, null, MONDAY.plusWeeks(6).minusDays(1))))
                .containsExactly(MONDAY, MONDAY.plusWeeks(2), MONDAY.plusWeeks(4));
    }

    @Test
    void a_ten_oclock_session_stays_at_ten_across_the_spring_change_so_the_gap_between_them_is_an_hour_short() {
        // 8 March 2026: Halifax moves from UTC-4 to UTC-3.
        var before = SessionRules.at(MONDAY, TEN, HALIFAX);
        var after = SessionRules.at(MONDAY.plusWeeks(1), TEN, HALIFAX);

        assertThat(before.atZone(HALIFAX).toLocalTime()).isEqualTo(TEN);
        assertThat(after.atZone(HALIFAX).toLocalTime()).isEqualTo(TEN);
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofDays(7).minusHours(1));
    }

    @Test
    void a_time_in_the_spring_gap_moves_later_by_the_gap_and_one_in_the_autumn_overlap_takes_the_first() {
        assertThat(SessionRules.at(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), HALIFAX)
                        .atZone(HALIFAX)
                        .toLocalTime())
                .isEqualTo(LocalTime.of(3, 30));
        assertThat(SessionRules.at(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), HALIFAX))
                .isEqualTo(java.time.Instant.parse("2026-11-01T04:30:00Z"));
    }

    @Test
    void a_series_needs_an_end_of_at_least_two_and_at_most_fifty_two_sessions() {
        assertThat(fields(SessionRules.check(series(Repeat.WEEKLY, null, null))))
                .containsExactly("occurrences");
        assertThat(fields(SessionRules.check(series(Repeat.WEEKLY, 1, null)))).containsExactly("occurrences");
        assertThat(fields(SessionRules.check(series(Repeat.WEEKLY, 53, null)))).containsExactly("occurrences");
        assertThat(SessionRules.check(series(Repeat.WEEKLY, 52, null))).isEmpty();
        assertThat(fields(SessionRules.check(series(Repeat.WEEKLY, null, MONDAY))))
                .containsExactly("until");
        assertThat(fields(SessionRules.check(series(Repeat.WEEKLY, null, MONDAY.plusWeeks(52)))))
                .containsExactly("until");
        assertThat(SessionRules.check(series(Repeat.WEEKLY, null, MONDAY.plusWeeks(51))))
                .isEmpty();
    }

    @Test
    void a_video_session_needs_an_https_link_without_spaces() {
        assertThat(fields(SessionRules.check(video(null)))).containsExactly("videoLink");
        assertThat(fields(SessionRules.check(video("http://meet.example/leila"))))
                .containsExactly("videoLink");
        assertThat(fields(SessionRules.check(video("https://meet.example/le ila"))))
                .containsExactly("videoLink");
        assertThat(SessionRules.check(video("https://meet.example/leila"))).isEmpty();
    }

    @Test
    void a_custom_session_needs_its_length_and_lasts_at_most_four_hours() {
        var custom = new SessionRequest(
                UUID.randomUUID(),
                MONDAY,
                TEN,
                SessionType.CUSTOM,
                null,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.NEVER,
                null,
                null);
        var tooLong = new SessionRequest(
                UUID.randomUUID(),
                MONDAY,
                TEN,
                SessionType.CUSTOM,
                241,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.NEVER,
                null,
                null);

        assertThat(fields(SessionRules.check(custom))).containsOnly("minutes");
        assertThat(fields(SessionRules.check(tooLong))).containsExactly("minutes");
    }
}
