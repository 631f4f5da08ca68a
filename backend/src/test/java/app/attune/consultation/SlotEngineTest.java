package app.attune.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.BookingRules;
import app.attune.scheduling.availability.WindowKind;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import app.attune.test.StatementCounter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class SlotEngineTest {

    private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    @Autowired
    SlotEngine engine;

    @Autowired
    AvailabilityService availability;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private UUID leila;
    private Person samsLogin;
    private UUID sam;

    /** Two therapists of this test's own with Leila's and Sam's consultation weeks in the demo. */
    @BeforeEach
    void setUp() {
        clock.set(ConsultationTestClock.FRIDAY_NOON);
        clinic = new TestClinic(context);
        Person leilasLogin = clinic.therapist("Leila Moradi");
        leila = leilasLogin.id();
        samsLogin = clinic.therapist("Sam Richard");
        sam = samsLogin.id();
        ConsultationWeeks.give(clinic, availability, leilasLogin, ConsultationWeeks.LEILAS);
        ConsultationWeeks.give(clinic, availability, samsLogin, ConsultationWeeks.SAMS);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    private List<String> localTimes(List<Slot> slots) {
        return slots.stream()
                .map(s -> s.start().atZone(HALIFAX).toLocalTime().toString())
                .toList();
    }

    @Test
    void a_tuesday_morning_window_offers_twelve_quarter_hours_in_the_clinics_time() {
        var slots = engine.freeSlots(leila, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 24));

        assertThat(slots).hasSize(12);
        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2026-02-24T13:00:00Z"));
        assertThat(localTimes(slots).getLast()).isEqualTo("11:45");
    }

    @Test
    void across_the_spring_change_no_slot_is_lost_doubled_or_shifted() {
        clinic.signIn(samsLogin);
        openSundays();

        var slots = engine.freeSlots(sam, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8));

        // 00:00-04:00 loses the hour that doesn't exist (02:00-02:59); 09:00-12:00 keeps all twelve.
        assertThat(localTimes(slots))
                .containsExactly(
                        "00:00", "00:15", "00:30", "00:45", "01:00", "01:15", "01:30", "01:45", "03:00", "03:15",
                        "03:30", "03:45", "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45",
                        "11:00", "11:15", "11:30", "11:45");
        assertThat(slots)
                .extracting(Slot::start)
                .doesNotHaveDuplicates()
                .contains(
                        Instant.parse("2026-03-08T05:45:00Z"),
                        Instant.parse("2026-03-08T06:00:00Z"),
                        Instant.parse("2026-03-08T12:00:00Z"));
    }

    @Test
    void across_the_autumn_change_each_local_quarter_hour_is_offered_once() {
        clinic.signIn(samsLogin);
        openSundays();

        var slots = engine.freeSlots(sam, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));

        var times = localTimes(slots);
        assertThat(times).hasSize(16 + 12).doesNotHaveDuplicates();
        assertThat(times.subList(0, 16))
                .containsExactly(
                        "00:00", "00:15", "00:30", "00:45", "01:00", "01:15", "01:30", "01:45", "02:00", "02:15",
                        "02:30", "02:45", "03:00", "03:15", "03:30", "03:45");
        assertThat(slots)
                .extracting(Slot::start)
                .doesNotHaveDuplicates()
                .contains(Instant.parse("2026-11-01T13:00:00Z"));
    }

    @Test
    void days_off_notice_and_the_horizon_leave_no_slots() {
        assertThat(engine.freeSlots(leila, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20)))
                .isEmpty();
        // 60 days from 20 February is 21 April; the Tuesday after offers nothing yet.
        assertThat(engine.freeSlots(leila, LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 21)))
                .isNotEmpty();
        assertThat(engine.freeSlots(leila, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 28)))
                .isEmpty();
    }

    @Test
    void the_number_of_statements_does_not_grow_with_the_range_or_the_therapists() {
        long oneDay = statements(() -> engine.freeSlots(leila, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 24)));
        long twoMonthsEveryone =
                statements(() -> engine.freeSlots(null, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 20)));

        assertThat(oneDay).isPositive();
        assertThat(twoMonthsEveryone).isEqualTo(oneDay);
    }

    private long statements(Runnable work) {
        return StatementCounter.countOnThisThread(work);
    }

    private void openSundays() {
        var rules = availability.settingsOf(sam);
        if (rules.horizonDays() < 365) {
            availability.saveSettings(
                    sam,
                    new BookingRules(true, rules.minNoticeMinutes(), 365, rules.bufferMinutes(), rules.maxPerDay()));
            availability.addWindow(
                    sam, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(4, 0));
            availability.addWindow(
                    sam, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        }
    }
}
