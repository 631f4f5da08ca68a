package app.attune.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class AvailabilityServiceTest {

    // People of this test's own (made before each test), not the demo's.
    private static final String LEILA = "leila@availability.example";
    private static final String SAM = "sam@availability.example";
    private static final String ADMIN = "admin@availability.example";
    private static final String ZOE = "zoe@availability.example";

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @Autowired
    AvailabilityService availability;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private UUID userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?::citext", UUID.class, email);
    }

    private long windowCount(UUID therapist) {
        return jdbc.queryForObject(
                "select count(*) from availability_window where therapist_id = ?", Long.class, therapist);
    }

    private long timeOffCount(UUID therapist) {
        return jdbc.queryForObject("select count(*) from time_off where therapist_id = ?", Long.class, therapist);
    }

    private long settingsCount(UUID therapist) {
        return jdbc.queryForObject(
                "select count(*) from booking_settings where therapist_id = ?", Long.class, therapist);
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now().plusDays(days);
    }

    @BeforeEach
    void start_from_one_working_window() {
        var clinic = new TestClinic(context);
        Person leila = clinic.therapistOnce(LEILA, "Leila Moradi");
        Person sam = clinic.therapistOnce(SAM, "Sam Richard");
        clinic.accountOnce(ADMIN, "ADMIN", "Clinic Administrator");
        clinic.accountOnce(ZOE, "CLIENT", "Zoë Tremblay");
        // These therapists are this test's alone: each test starts from Leila's one Monday window and nothing else.
        for (Person therapist : new Person[] {leila, sam}) {
            jdbc.update("delete from availability_window where therapist_id = ?", therapist.id());
            jdbc.update("delete from time_off where therapist_id = ?", therapist.id());
            jdbc.update("delete from booking_settings where therapist_id = ?", therapist.id());
        }
        clinic.as(leila, () -> {
            availability.addWindow(leila.id(), WindowKind.WORKING, DayOfWeek.MONDAY, NINE, LocalTime.of(17, 0));
            return null;
        });
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_therapist_saves_their_own_rules_and_reads_them_back() {
        var rules = new BookingRules(false, 1440, 30, 10, 2);

        availability.saveSettings(userId(LEILA), rules);

        assertThat(availability.settingsOf(userId(LEILA))).isEqualTo(rules);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_therapist_who_never_saved_has_the_clinics_defaults() {
        assertThat(availability.settingsOf(userId(SAM))).isEqualTo(new BookingRules(true, 720, 60, 5, 4));
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void out_of_range_rules_are_refused_field_by_field_and_nothing_is_saved() {
        var saved = new BookingRules(true, 600, 30, 5, 3);
        availability.saveSettings(userId(LEILA), saved);

        assertThatThrownBy(() -> availability.saveSettings(userId(LEILA), new BookingRules(false, -1, 0, 61, 21)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("bufferMinutes", "horizonDays", "maxPerDay", "minNoticeMinutes"));
        assertThatThrownBy(() -> availability.saveSettings(userId(LEILA), new BookingRules(true, 20161, 366, 5, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::message)
                                .containsExactly(
                                        "Please choose between 1 and 365 days ahead.",
                                        "Please choose between 1 and 20 a day.",
                                        "Please choose between 0 minutes and 14 days of notice."));

        assertThat(availability.settingsOf(userId(LEILA))).isEqualTo(saved);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_window_that_ends_before_it_starts_or_when_it_starts_is_refused() {
        UUID leila = userId(LEILA);
        long before = windowCount(leila);

        assertThatThrownBy(() -> availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, NOON, NINE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("end", "The window needs to end after it starts.")));
        assertThatThrownBy(() -> availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, NINE, NINE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(windowCount(leila)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_window_without_a_day_or_times_names_each_missing_field() {
        assertThatThrownBy(() -> availability.addWindow(userId(LEILA), WindowKind.WORKING, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("day", "start", "end"));
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void windows_of_one_kind_may_not_overlap_but_working_hours_and_consultations_may() {
        UUID leila = userId(LEILA);
        availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SATURDAY, NINE, NOON);

        assertThatThrownBy(() -> availability.addWindow(
                        leila, WindowKind.CONSULTATION, DayOfWeek.SATURDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("start", "This overlaps another window on the same day.")));
        availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SATURDAY, NOON, LocalTime.of(13, 0));
        availability.addWindow(leila, WindowKind.WORKING, DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));

        assertThat(availability.windowsOf(leila, WindowKind.CONSULTATION))
                .filteredOn(w -> w.day() == DayOfWeek.SATURDAY)
                .extracting(WeeklyWindow::start)
                .containsExactly(NINE, NOON);
        assertThat(availability.windowsOf(leila, WindowKind.WORKING))
                .filteredOn(w -> w.day() == DayOfWeek.SATURDAY)
                .extracting(WeeklyWindow::start, WeeklyWindow::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(8, 0), LocalTime.of(17, 0)));
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_therapist_removes_their_own_window() {
        UUID leila = userId(LEILA);
        availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, NINE, NOON);
        var added = availability.windowsOf(leila, WindowKind.CONSULTATION).stream()
                .filter(w -> w.day() == DayOfWeek.SUNDAY)
                .findFirst()
                .orElseThrow();

        availability.removeWindow(added.id());

        assertThat(availability.windowsOf(leila, WindowKind.CONSULTATION))
                .extracting(WeeklyWindow::day)
                .doesNotContain(DayOfWeek.SUNDAY);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void days_off_are_listed_with_their_note_and_overlapping_ones_are_refused() {
        UUID leila = userId(LEILA);
        availability.addTimeOff(leila, inDays(10), inDays(14), "  Conference  ");

        assertThatThrownBy(() -> availability.addTimeOff(leila, inDays(14), inDays(16), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("firstDay"));
        availability.addTimeOff(leila, inDays(15), inDays(15), " ");

        assertThat(availability.timeOffOf(leila))
                .extracting(DayOff::firstDay, DayOff::lastDay, DayOff::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(inDays(10), inDays(14), "Conference"),
                        org.assertj.core.groups.Tuple.tuple(inDays(15), inDays(15), null));
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void days_off_that_end_before_they_start_or_are_already_over_are_refused() {
        UUID leila = userId(LEILA);

        assertThatThrownBy(() -> availability.addTimeOff(leila, inDays(5), inDays(4), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("lastDay"));
        assertThatThrownBy(() -> availability.addTimeOff(leila, inDays(-9), inDays(-7), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("lastDay"));
        assertThatThrownBy(() -> availability.addTimeOff(leila, null, null, "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("firstDay", "lastDay", "note"));

        assertThat(timeOffCount(leila)).isZero();
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void another_therapist_can_neither_read_nor_change_leilas_availability() {
        UUID leila = userId(LEILA);
        long windows = windowCount(leila);

        assertThatThrownBy(() -> availability.settingsOf(leila)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.saveSettings(leila, BookingRules.DEFAULTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.windowsOf(leila, WindowKind.CONSULTATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.addWindow(leila, WindowKind.CONSULTATION, DayOfWeek.SUNDAY, NINE, NOON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.timeOffOf(leila)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.addTimeOff(leila, inDays(3), inDays(4), null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(settingsCount(leila)).isZero();
        assertThat(windowCount(leila)).isEqualTo(windows);
        assertThat(timeOffCount(leila)).isZero();
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void another_therapist_cannot_remove_leilas_window_or_days_off_by_id() {
        UUID leila = userId(LEILA);
        UUID window = jdbc.queryForObject(
                "select id from availability_window where therapist_id = ? limit 1", UUID.class, leila);
        UUID off = jdbc.queryForObject(
                "insert into time_off (therapist_id, first_day, last_day) values (?, ?, ?) returning id",
                UUID.class,
                leila,
                inDays(20),
                inDays(21));

        assertThatThrownBy(() -> availability.removeWindow(window)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.removeTimeOff(off)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.removeWindow(UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select count(*) from availability_window where id = ?", Long.class, window))
                .isEqualTo(1);
        assertThat(timeOffCount(leila)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = ZOE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_client_is_refused() {
        UUID leila = userId(LEILA);

        assertThatThrownBy(() -> availability.settingsOf(leila)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.saveSettings(leila, BookingRules.DEFAULTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.windowsOf(leila, WindowKind.WORKING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.timeOffOf(leila)).isInstanceOf(AccessDeniedException.class);

        assertThat(settingsCount(leila)).isZero();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_changes_leilas_rules_but_cannot_give_rules_to_someone_who_is_not_a_therapist() {
        UUID leila = userId(LEILA);
        var rules = new BookingRules(true, 2880, 90, 15, 6);

        availability.saveSettings(leila, rules);

        assertThat(availability.settingsOf(leila)).isEqualTo(rules);
        assertThat(jdbc.queryForObject(
                        "select max_per_day from booking_settings where therapist_id = ?", Integer.class, leila))
                .isEqualTo(6);
        assertThatThrownBy(() -> availability.saveSettings(userId(ZOE), rules))
                .isInstanceOf(AccessDeniedException.class);
    }
}
