package app.attune.scheduling;

import static app.attune.scheduling.SessionServiceTest.ADMIN;
import static app.attune.scheduling.SessionServiceTest.LEILA;
import static app.attune.scheduling.SessionServiceTest.SAM;
import static app.attune.scheduling.SessionServiceTest.TEN;
import static app.attune.scheduling.SessionServiceTest.TUESDAY;
import static app.attune.scheduling.SessionServiceTest.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.scheduling.feed.CalendarFeedService;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import app.attune.test.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class CalendarServicesTest {

    static final String FARID = "farid@clearmind.example";

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
    UserDetailsService users;

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
    }

    UUID client(String email) {
        return jdbc.queryForObject("select id from client where email = ?::citext", UUID.class, email);
    }

    UUID user(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?::citext", UUID.class, email);
    }

    UUID bookAs(String therapist, SessionRequest request) {
        return as(therapist, () -> sessions.book(request, false).booked().getFirst());
    }

    <T> T as(String email, java.util.function.Supplier<T> work) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
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
    @WithUserDetails(LEILA)
    void a_therapists_week_shows_their_sessions_with_client_names_and_their_working_hours_and_days_off() {
        bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, TEN));
        bookAs(SAM, SessionServiceTest.single(client("minh@clearmind.example"), TUESDAY, TEN));

        var week = calendar.days(user(LEILA), LocalDate.of(2026, 3, 2), 7);

        assertThat(week.entries())
                .filteredOn(e -> e.kind() == AppointmentKind.SESSION)
                .singleElement()
                .satisfies(e -> assertThat(e.clientName()).isEqualTo("Zoë Tremblay"));
        assertThat(week.workingHours())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.therapistId()).isEqualTo(user(LEILA)));
    }

    @Test
    @WithUserDetails(SAM)
    void a_therapist_cannot_open_another_therapists_calendar_and_the_try_is_audited() {
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED'" + " and record_type = 'calendar'",
                Long.class);

        assertThatThrownBy(() -> calendar.days(user(LEILA), LocalDate.of(2026, 3, 2), 7))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                                + " and record_type = 'calendar'",
                        Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(ADMIN)
    void an_admin_opens_any_therapists_calendar() {
        bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, TEN));

        assertThat(calendar.days(user(LEILA), LocalDate.of(2026, 3, 2), 7).entries())
                .isNotEmpty();
        assertThat(calendar.days(user(SAM), LocalDate.of(2026, 3, 2), 7).entries())
                .noneMatch(e -> e.kind() == AppointmentKind.SESSION);
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_cannot_open_a_therapists_calendar() {
        assertThatThrownBy(() -> calendar.days(user(LEILA), LocalDate.of(2026, 3, 2), 7))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_full_week_costs_the_same_number_of_statements_as_a_week_with_one_session() {
        var monday = LocalDate.of(2026, 3, 2);
        as(LEILA, () -> sessions.book(SessionServiceTest.weekly(client(ZOE), TUESDAY, TEN, 2), false));
        long one = StatementCounter.countOnThisThread(() -> calendar.days(user(LEILA), monday, 7));
        for (int day = 0; day < 5; day++) {
            bookAs(LEILA, SessionServiceTest.single(client(FARID), monday.plusDays(day), LocalTime.of(14, 0)));
        }

        long full = StatementCounter.countOnThisThread(() -> calendar.days(user(LEILA), monday, 7));

        assertThat(calendar.days(user(LEILA), monday, 7).entries()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(full).isEqualTo(one);
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_lists_only_their_own_upcoming_sessions_with_therapist_and_place() {
        bookAs(LEILA, video(client(ZOE), TUESDAY, TEN));
        bookAs(LEILA, SessionServiceTest.single(client(FARID), TUESDAY, LocalTime.of(13, 0)));

        var mine = mySessions.upcoming();

        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.therapistName()).contains("Leila Moradi");
            assertThat(s.mode()).isEqualTo(SessionMode.VIDEO);
            assertThat(s.videoLink()).isEqualTo("https://meet.example/leila");
        });
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_downloads_a_calendar_file_for_their_session_with_no_clinical_detail() {
        var id = bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, TEN));

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
    @WithUserDetails(ZOE)
    void a_client_cannot_download_another_clients_session_and_the_try_is_audited() {
        var farids = bookAs(LEILA, SessionServiceTest.single(client(FARID), TUESDAY, TEN));

        assertThatThrownBy(() -> mySessions.calendarFile(farids)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                                + " and record_type = 'session' and record_id = ?",
                        Long.class,
                        farids.toString()))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_cannot_use_the_clients_portal_list() {
        assertThatThrownBy(() -> mySessions.upcoming()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(LEILA)
    void the_calendar_feed_shows_initials_and_kind_never_names_and_a_reset_ends_the_old_address() {
        bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, TEN));
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
    @WithUserDetails(SAM)
    void another_therapists_feed_never_shows_leilas_appointments() {
        bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, TEN));
        String token = feeds.reset();

        assertThat(new String(feeds.feed(token).orElseThrow(), StandardCharsets.UTF_8))
                .doesNotContain("Z. T.");
    }

    @Test
    void a_day_before_a_session_the_client_gets_one_reminder_without_clinical_detail_if_they_agreed_to_email() {
        bookAs(LEILA, video(client(ZOE), TUESDAY, TEN));
        bookAs(LEILA, SessionServiceTest.single(client(FARID), TUESDAY, LocalTime.of(13, 0)));
        jdbc.update("update client set email_consent = false where email = ?::citext", FARID);

        clock.set(Instant.parse("2026-03-02T13:00:00Z")); // 25 hours before: too early
        assertThat(reminders.sendDue()).isZero();
        clock.set(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();

        var email = jdbc.queryForMap("select to_address, subject, body_text from outbox_email");
        assertThat(email.get("to_address")).isEqualTo(ZOE);
        assertThat((String) email.get("body_text"))
                .contains("Leila Moradi")
                .contains("https://meet.example/leila")
                .doesNotContain("Zoë")
                .doesNotContain("anxiety");
        jdbc.update("update client set email_consent = true where email = ?::citext", FARID);
    }

    @Test
    void reminding_three_sessions_sends_as_many_statements_as_reminding_one() {
        bookAs(LEILA, video(client(ZOE), TUESDAY, TEN));
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        int[] reminded = new int[2];
        long one = StatementCounter.countOnThisThread(() -> reminded[0] = reminders.sendDue());

        clock.set(SchedulingTestClock.MONDAY_NOON);
        bookAs(LEILA, SessionServiceTest.single(client(ZOE), TUESDAY, LocalTime.of(11, 0)));
        bookAs(LEILA, SessionServiceTest.single(client(FARID), TUESDAY, LocalTime.of(12, 0)));
        bookAs(LEILA, video(client(ZOE), TUESDAY, LocalTime.of(13, 0)));
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        long three = StatementCounter.countOnThisThread(() -> reminded[1] = reminders.sendDue());

        assertThat(reminded).containsExactly(1, 3);
        assertThat(three).isEqualTo(one);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Long.class))
                .isEqualTo(4);
    }
}
