package app.attune.scheduling;

import static app.attune.scheduling.SessionServiceTest.TEN;
import static app.attune.scheduling.SessionServiceTest.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import app.attune.scheduling.feed.CalendarFeedService;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import app.attune.test.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class CalendarServicesTest {

    @Autowired
    SessionService sessions;

    @Autowired
    TherapistCalendar calendar;

    @Autowired
    ClientSessions mySessions;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    SessionReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    AvailabilityService availability;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private Person sam;
    private Person admin;
    private TestClinic.Client zoe;
    private TestClinic.Client farid;
    private TestClinic.Client minh;

    /**
     * Puts the demo's sessions back once this class is done: the tests share one context, and the others expect the
     * demo clinic's week as it loads.
     */
    @AfterAll
    static void demoSessionsBack(@Autowired JdbcTemplate jdbc, @Autowired DemoSessions demo) {
        jdbc.update("delete from therapy_session");
        jdbc.update("delete from session_series");
        jdbc.update("delete from appointment where kind = 'SESSION'");
        demo.run(new DefaultApplicationArguments());
    }

    @BeforeEach
    void clear() {
        clock.set(SchedulingTestClock.MONDAY_NOON);
        jdbc.update("delete from therapy_session");
        jdbc.update("delete from session_series");
        jdbc.update("delete from appointment where kind = 'SESSION'");
        jdbc.update("delete from calendar_feed");
        jdbc.update("delete from outbox_email");
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        sam = clinic.therapist("Sam Okafor");
        admin = clinic.admin();
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
        minh = clinic.clientOf(sam, "Minh");
        clinic.as(leila, () -> {
            availability.addWindow(
                    leila.id(), WindowKind.WORKING, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    UUID bookAs(Person therapist, SessionRequest request) {
        return clinic.as(therapist, () -> sessions.book(request, false).booked().getFirst());
    }

    static SessionRequest video(UUID client, LocalDate date, LocalTime time) {
        return new SessionRequest(
                client,
                date,
                time,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.VIDEO,
                "https://meet.example/leila",
                null,
                Repeat.NEVER,
                null,
                null);
    }

    @Test
    void a_therapists_week_shows_their_sessions_with_client_names_and_their_working_hours_and_days_off() {
        clinic.signIn(leila);
        bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, TEN));
        bookAs(sam, SessionServiceTest.single(minh.id(), TUESDAY, TEN));

        var week = calendar.days(leila.id(), LocalDate.of(2026, 3, 2), 7);

        assertThat(week.entries())
                .filteredOn(e -> e.kind() == AppointmentKind.SESSION)
                .singleElement()
                .satisfies(e -> assertThat(e.clientName()).isEqualTo("Zoë Tremblay"));
        assertThat(week.workingHours())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.therapistId()).isEqualTo(leila.id()));
    }

    @Test
    void a_therapist_cannot_open_another_therapists_calendar_and_the_try_is_audited() {
        clinic.signIn(sam);
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED'" + " and record_type = 'calendar'",
                Long.class);

        assertThatThrownBy(() -> calendar.days(leila.id(), LocalDate.of(2026, 3, 2), 7))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                                + " and record_type = 'calendar'",
                        Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void an_admin_opens_any_therapists_calendar() {
        clinic.signIn(admin);
        bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, TEN));

        assertThat(calendar.days(leila.id(), LocalDate.of(2026, 3, 2), 7).entries())
                .isNotEmpty();
        assertThat(calendar.days(sam.id(), LocalDate.of(2026, 3, 2), 7).entries())
                .noneMatch(e -> e.kind() == AppointmentKind.SESSION);
    }

    @Test
    void a_client_cannot_open_a_therapists_calendar() {
        clinic.signIn(clinic.portalLogin(zoe));
        assertThatThrownBy(() -> calendar.days(leila.id(), LocalDate.of(2026, 3, 2), 7))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_full_week_costs_the_same_number_of_statements_as_a_week_with_one_session() {
        clinic.signIn(leila);
        var monday = LocalDate.of(2026, 3, 2);
        clinic.as(leila, () -> sessions.book(SessionServiceTest.weekly(zoe.id(), TUESDAY, TEN, 2), false));
        long one = StatementCounter.countOnThisThread(() -> calendar.days(leila.id(), monday, 7));
        for (int day = 0; day < 5; day++) {
            bookAs(leila, SessionServiceTest.single(farid.id(), monday.plusDays(day), LocalTime.of(14, 0)));
        }

        long full = StatementCounter.countOnThisThread(() -> calendar.days(leila.id(), monday, 7));

        assertThat(calendar.days(leila.id(), monday, 7).entries()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(full).isEqualTo(one);
    }

    @Test
    void a_client_lists_only_their_own_upcoming_sessions_with_therapist_and_place() {
        clinic.signIn(clinic.portalLogin(zoe));
        bookAs(leila, video(zoe.id(), TUESDAY, TEN));
        bookAs(leila, SessionServiceTest.single(farid.id(), TUESDAY, LocalTime.of(13, 0)));

        var mine = mySessions.upcoming();

        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.therapistName()).contains("Leila Moradi");
            assertThat(s.mode()).isEqualTo(SessionMode.VIDEO);
            assertThat(s.videoLink()).isEqualTo("https://meet.example/leila");
        });
    }

    @Test
    void a_client_downloads_a_calendar_file_for_their_session_with_no_clinical_detail() {
        clinic.signIn(clinic.portalLogin(zoe));
        var id = bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, TEN));

        String ics = new String(mySessions.calendarFile(id), StandardCharsets.UTF_8);

        assertThat(ics)
                .contains("BEGIN:VEVENT")
                .contains("DTSTART:20260303T140000Z")
                .contains("Session with Leila Moradi")
                .contains("LOCATION:Room 2")
                .doesNotContain("Zoë")
                .doesNotContain("anxiety");
        assertThat(CalendarFileChecks.stampsPerEvent(ics)).containsExactly(1);
    }

    @Test
    void a_client_cannot_download_another_clients_session_and_the_try_is_audited() {
        clinic.signIn(clinic.portalLogin(zoe));
        var farids = bookAs(leila, SessionServiceTest.single(farid.id(), TUESDAY, TEN));

        assertThatThrownBy(() -> mySessions.calendarFile(farids)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                                + " and record_type = 'session' and record_id = ?",
                        Long.class,
                        farids.toString()))
                .isEqualTo(1);
    }

    @Test
    void a_therapist_cannot_use_the_clients_portal_list() {
        clinic.signIn(leila);
        assertThatThrownBy(() -> mySessions.upcoming()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_calendar_feed_shows_initials_and_kind_never_names_and_a_reset_ends_the_old_address() {
        clinic.signIn(leila);
        bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, TEN));
        String token = feeds.reset();

        String ics = new String(feeds.feed(token).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(ics)
                .contains("SUMMARY:Session · Z. T.")
                .doesNotContain("Zoë")
                .doesNotContain("Tremblay")
                .doesNotContain("Room 2");
        assertThat(CalendarFileChecks.stampsPerEvent(ics)).isNotEmpty().containsOnly(1);

        String newer = feeds.reset();
        assertThat(feeds.feed(token)).isEmpty();
        assertThat(feeds.feed(newer)).isPresent();
        feeds.revoke();
        assertThat(feeds.feed(newer)).isEmpty();
        assertThat(feeds.feed("not-a-token")).isEmpty();
    }

    @Test
    void another_therapists_feed_never_shows_leilas_appointments() {
        clinic.signIn(sam);
        bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, TEN));
        String token = feeds.reset();

        assertThat(new String(feeds.feed(token).orElseThrow(), StandardCharsets.UTF_8))
                .doesNotContain("Z. T.");
    }

    @Test
    void a_day_before_a_session_the_client_gets_one_reminder_without_clinical_detail_if_they_agreed_to_email() {
        bookAs(leila, video(zoe.id(), TUESDAY, TEN));
        bookAs(leila, SessionServiceTest.single(farid.id(), TUESDAY, LocalTime.of(13, 0)));
        jdbc.update("update client set email_consent = false where id = ?", farid.id());

        clock.set(Instant.parse("2026-03-02T13:00:00Z")); // 25 hours before: too early
        assertThat(reminders.sendDue()).isZero();
        clock.set(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();

        var email = jdbc.queryForMap("select to_address, subject, body_text from outbox_email");
        assertThat(email.get("to_address")).isEqualTo(zoe.email());
        assertThat((String) email.get("body_text"))
                .contains("Leila Moradi")
                .contains("https://meet.example/leila")
                .doesNotContain("Zoë")
                .doesNotContain("anxiety");
    }

    @Test
    void reminding_three_sessions_sends_as_many_statements_as_reminding_one() {
        bookAs(leila, video(zoe.id(), TUESDAY, TEN));
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        int[] reminded = new int[2];
        long one = StatementCounter.countOnThisThread(() -> reminded[0] = reminders.sendDue());

        clock.set(SchedulingTestClock.MONDAY_NOON);
        bookAs(leila, SessionServiceTest.single(zoe.id(), TUESDAY, LocalTime.of(11, 0)));
        bookAs(leila, SessionServiceTest.single(farid.id(), TUESDAY, LocalTime.of(12, 0)));
        bookAs(leila, video(zoe.id(), TUESDAY, LocalTime.of(13, 0)));
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        long three = StatementCounter.countOnThisThread(() -> reminded[1] = reminders.sendDue());

        assertThat(reminded).containsExactly(1, 3);
        assertThat(three).isEqualTo(one);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Long.class))
                .isEqualTo(4);
    }
}
