package app.attune.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.Busy;
import app.attune.scheduling.availability.BookingRules;
import app.attune.scheduling.availability.DayOff;
import app.attune.scheduling.availability.WeeklyWindow;
import app.attune.scheduling.availability.WindowKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The slot arithmetic on plain JUnit: windows, daylight-saving changes and booking rules, with no database. */
class SlotGridTest {

    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    static final UUID LEILA = UUID.fromString("00000000-0000-0000-0000-00000000001a");
    /** Notice, horizon, buffer and daily maximum out of the way, so each test turns on the one it is about. */
    static final BookingRules OPEN = new BookingRules(true, 0, 365, 0, 20);

    static final Instant LONG_BEFORE = Instant.parse("2026-01-01T12:00:00Z");
    static final LocalDate TUESDAY = LocalDate.of(2026, 2, 24);
    /** Sunday 8 March 2026: in Halifax, 02:00 becomes 03:00. */
    static final LocalDate SPRING = LocalDate.of(2026, 3, 8);
    /** Sunday 1 November 2026: in Halifax, 02:00 becomes 01:00 again. */
    static final LocalDate AUTUMN = LocalDate.of(2026, 11, 1);

    static WeeklyWindow window(DayOfWeek day, String start, String end) {
        return new WeeklyWindow(
                UUID.randomUUID(), LEILA, WindowKind.CONSULTATION, day, LocalTime.parse(start), LocalTime.parse(end));
    }

    static Busy busy(AppointmentKind kind, String start, String end) {
        return new Busy(UUID.randomUUID(), LEILA, kind, Instant.parse(start), Instant.parse(end));
    }

    static List<Instant> starts(List<Slot> slots) {
        return slots.stream().map(Slot::start).toList();
    }

    List<Slot> free(
            Instant now,
            BookingRules rules,
            List<WeeklyWindow> windows,
            List<DayOff> daysOff,
            List<Busy> busy,
            LocalDate day) {
        return new SlotGrid(HALIFAX, now).free(LEILA, rules, windows, daysOff, busy, day, day);
    }

    @Test
    void a_morning_window_gives_a_quarter_hour_slot_for_each_quarter_it_holds_in_the_clinics_time() {
        var slots = free(
                LONG_BEFORE, OPEN, List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00")), List.of(), List.of(), TUESDAY);

        assertThat(slots)
                .hasSize(12)
                .allMatch(s -> s.therapistId().equals(LEILA))
                .allMatch(s -> s.end().equals(s.start().plus(SlotEngine.LENGTH)));
        // 09:00 in Halifax in February is 13:00 UTC (Atlantic Standard Time, UTC-4).
        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2026-02-24T13:00:00Z"));
        assertThat(slots.getLast().start()).isEqualTo(Instant.parse("2026-02-24T15:45:00Z"));
    }

    @Test
    void a_window_on_another_weekday_gives_nothing_today() {
        assertThat(free(
                        LONG_BEFORE,
                        OPEN,
                        List.of(window(DayOfWeek.MONDAY, "09:00", "12:00")),
                        List.of(),
                        List.of(),
                        TUESDAY))
                .isEmpty();
    }

    @Test
    void when_spring_skips_an_hour_its_local_times_offer_nothing_and_the_rest_keep_their_local_time() {
        var slots = free(
                LONG_BEFORE, OPEN, List.of(window(DayOfWeek.SUNDAY, "00:00", "04:00")), List.of(), List.of(), SPRING);

        // 00:00 to 01:45 at UTC-4, nothing for 02:00 to 02:45 (they don't exist), 03:00 to 03:45 at UTC-3.
        assertThat(slots).hasSize(12);
        assertThat(starts(slots))
                .doesNotHaveDuplicates()
                .contains(
                        Instant.parse("2026-03-08T04:00:00Z"),
                        Instant.parse("2026-03-08T05:45:00Z"),
                        Instant.parse("2026-03-08T06:00:00Z"),
                        Instant.parse("2026-03-08T06:45:00Z"));
        assertThat(starts(slots).stream()
                        .map(i -> i.atZone(HALIFAX).toLocalTime().getHour())
                        .distinct()
                        .toList())
                .containsExactly(0, 1, 3);
    }

    @Test
    void when_autumn_repeats_an_hour_each_local_quarter_hour_is_offered_once_at_its_first_occurrence() {
        var slots = free(
                LONG_BEFORE, OPEN, List.of(window(DayOfWeek.SUNDAY, "00:00", "03:00")), List.of(), List.of(), AUTUMN);

        // Twelve local quarter-hours; 01:00 to 01:45 happen twice and are offered at UTC-3, the first time round.
        assertThat(slots).hasSize(12);
        assertThat(starts(slots))
                .doesNotHaveDuplicates()
                .contains(Instant.parse("2026-11-01T04:45:00Z"), Instant.parse("2026-11-01T06:00:00Z"))
                .doesNotContain(Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T05:45:00Z"));
    }

    @Test
    void nothing_is_offered_sooner_than_the_notice_asks() {
        var rules = new BookingRules(true, 720, 365, 0, 20);
        var now = Instant.parse("2026-02-24T02:00:00Z"); // twelve hours' notice reaches 14:00 UTC, 10:00 in Halifax

        var slots =
                free(now, rules, List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00")), List.of(), List.of(), TUESDAY);

        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2026-02-24T14:00:00Z"));
        assertThat(slots).hasSize(8);
    }

    @Test
    void nothing_is_offered_beyond_the_horizon() {
        var rules = new BookingRules(true, 0, 30, 0, 20);
        var windows = List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00"));

        assertThat(free(
                        TUESDAY.minusDays(30).atStartOfDay(HALIFAX).toInstant(),
                        rules,
                        windows,
                        List.of(),
                        List.of(),
                        TUESDAY))
                .hasSize(12);
        assertThat(free(
                        TUESDAY.minusDays(31).atStartOfDay(HALIFAX).toInstant(),
                        rules,
                        windows,
                        List.of(),
                        List.of(),
                        TUESDAY))
                .isEmpty();
    }

    @Test
    void the_buffer_keeps_slots_clear_of_an_appointment_on_both_sides() {
        var rules = new BookingRules(true, 0, 365, 5, 20);
        // A session from 10:00 to 10:50 in Halifax.
        var session = busy(AppointmentKind.SESSION, "2026-02-24T14:00:00Z", "2026-02-24T14:50:00Z");

        var slots = free(
                LONG_BEFORE,
                rules,
                List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00")),
                List.of(),
                List.of(session),
                TUESDAY);

        // 09:45 would end at 10:00, within the five minutes before; 10:45 would start within the five after.
        assertThat(starts(slots))
                .contains(Instant.parse("2026-02-24T13:30:00Z"), Instant.parse("2026-02-24T15:00:00Z"))
                .doesNotContain(
                        Instant.parse("2026-02-24T13:45:00Z"),
                        Instant.parse("2026-02-24T14:00:00Z"),
                        Instant.parse("2026-02-24T14:45:00Z"));
        assertThat(slots).hasSize(7);
    }

    @Test
    void a_day_with_its_maximum_of_consultations_offers_nothing_more_and_sessions_do_not_count_towards_it() {
        var rules = new BookingRules(true, 0, 365, 0, 2);
        var windows = List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00"));
        var twoConsultations = List.of(
                busy(AppointmentKind.CONSULTATION, "2026-02-24T18:00:00Z", "2026-02-24T18:15:00Z"),
                busy(AppointmentKind.CONSULTATION, "2026-02-24T18:30:00Z", "2026-02-24T18:45:00Z"));
        var twoSessions = List.of(
                busy(AppointmentKind.SESSION, "2026-02-24T18:00:00Z", "2026-02-24T18:50:00Z"),
                busy(AppointmentKind.SESSION, "2026-02-24T19:00:00Z", "2026-02-24T19:50:00Z"));

        assertThat(free(LONG_BEFORE, rules, windows, List.of(), twoConsultations, TUESDAY))
                .isEmpty();
        assertThat(free(LONG_BEFORE, rules, windows, List.of(), twoSessions, TUESDAY))
                .hasSize(12);
    }

    @Test
    void a_day_off_offers_nothing_and_the_day_after_it_is_open_again() {
        var windows = List.of(window(DayOfWeek.TUESDAY, "09:00", "12:00"));
        var dayOff = new DayOff(UUID.randomUUID(), LEILA, TUESDAY.minusDays(2), TUESDAY, null);

        assertThat(free(LONG_BEFORE, OPEN, windows, List.of(dayOff), List.of(), TUESDAY))
                .isEmpty();
        assertThat(free(LONG_BEFORE, OPEN, windows, List.of(dayOff), List.of(), TUESDAY.plusWeeks(1)))
                .hasSize(12);
    }
}
