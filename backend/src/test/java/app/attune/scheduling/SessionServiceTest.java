package app.attune.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
class SessionServiceTest {

    static final String LEILA = "leila@clearmind.example";
    static final String SAM = "sam@clearmind.example";
    static final String ADMIN = "admin@clearmind.example";
    static final String ZOE = "zoe@clearmind.example";
    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    static final LocalTime TEN = LocalTime.of(10, 0);

    @Autowired
    SessionService sessions;

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
    void clearSessions() {
        clock.set(SchedulingTestClock.MONDAY_NOON);
        jdbc.update("delete from therapy_session");
        jdbc.update("delete from session_series");
        jdbc.update("delete from appointment where kind = 'SESSION'");
    }

    UUID client(String email) {
        return jdbc.queryForObject("select id from client where email = ?::citext", UUID.class, email);
    }

    static SessionRequest single(UUID client, LocalDate date, LocalTime start) {
        return new SessionRequest(
                client,
                date,
                start,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                "Room 2",
                Repeat.NEVER,
                null,
                null);
    }

    static SessionRequest weekly(UUID client, LocalDate date, LocalTime start, int count) {
        return new SessionRequest(
                client,
                date,
                start,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.WEEKLY,
                count,
                null);
    }

    long sessionCount() {
        return jdbc.queryForObject(
                "select count(*) from appointment where kind = 'SESSION' and status <> 'CANCELLED'", Long.class);
    }

    long audits(String action, UUID client) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, client);
    }

    List<Instant> startsOfSessions() {
        return jdbc
                .queryForList(
                        "select starts_at from appointment where kind = 'SESSION' and status = 'BOOKED'"
                                + " order by starts_at",
                        java.sql.Timestamp.class)
                .stream()
                .map(java.sql.Timestamp::toInstant)
                .toList();
    }

    static LocalTime local(Instant instant) {
        return instant.atZone(HALIFAX).toLocalTime();
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_books_a_fifty_minute_session_with_a_client_of_their_caseload_and_it_is_audited() {
        var zoe = client(ZOE);

        var result = sessions.book(single(zoe, TUESDAY, TEN), false);

        assertThat(result.booked()).hasSize(1);
        var details = sessions.get(result.booked().getFirst());
        assertThat(details.clientName()).isEqualTo("Zoë Tremblay");
        assertThat(local(details.start())).isEqualTo(TEN);
        assertThat(details.minutes()).isEqualTo(50);
        assertThat(details.location()).isEqualTo("Room 2");
        assertThat(audits("CREATE", zoe)).isPositive();
    }

    @Test
    @WithUserDetails(LEILA)
    void an_overlapping_session_is_refused_with_the_conflicting_appointment_named_and_nothing_is_saved() {
        var zoe = client(ZOE);
        sessions.book(single(zoe, TUESDAY, TEN), false);

        assertThatThrownBy(() ->
                        sessions.book(single(client("farid@clearmind.example"), TUESDAY, LocalTime.of(10, 30)), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .contains("a session with Zoë Tremblay")
                                .contains("Tuesday, March 3, 2026"));
        assertThat(sessionCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_session_that_ends_before_it_starts_is_empty_or_longer_than_four_hours_is_refused() {
        var zoe = client(ZOE);
        for (int minutes : new int[] {-30, 0, 241}) {
            var request = new SessionRequest(
                    zoe,
                    TUESDAY,
                    TEN,
                    SessionType.CUSTOM,
                    minutes,
                    SessionMode.IN_PERSON,
                    null,
                    null,
                    Repeat.NEVER,
                    null,
                    null);
            assertThatThrownBy(() -> sessions.book(request, false))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::field)
                                    .containsExactly("minutes"));
        }
        assertThat(sessionCount()).isZero();
    }

    @Test
    @WithUserDetails(LEILA)
    void a_video_session_needs_a_secure_link() {
        var request = new SessionRequest(
                client(ZOE),
                TUESDAY,
                TEN,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.VIDEO,
                "http://meet.example/abc",
                null,
                Repeat.NEVER,
                null,
                null);

        assertThatThrownBy(() -> sessions.book(request, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem(
                                        "videoLink",
                                        "The video link needs to start with https:// and have no spaces.")));
    }

    @Test
    @WithUserDetails(LEILA)
    void a_session_for_a_client_outside_the_caseload_is_refused_and_audited() {
        var minh = client("minh@clearmind.example");

        assertThatThrownBy(() -> sessions.book(single(minh, TUESDAY, TEN), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audits("ACCESS_DENIED", minh)).isPositive();
        assertThat(sessionCount()).isZero();
    }

    @Test
    @WithUserDetails(SAM)
    void a_session_for_a_discharged_client_is_refused_with_a_clear_message() {
        var marie = client("marie-eve.landry@example.com");

        assertThatThrownBy(() -> sessions.book(single(marie, TUESDAY, TEN), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(new FieldProblem(
                                        "client",
                                        "Marie-Ève Landry has been discharged."
                                                + " Re-open their record before booking a session.")));
        assertThat(sessionCount()).isZero();
    }

    @Test
    @WithUserDetails(LEILA)
    void a_series_of_more_than_52_sessions_is_refused() {
        var zoe = client(ZOE);
        var tooMany = weekly(zoe, TUESDAY, TEN, 53);
        var untilTooLate = new SessionRequest(
                zoe,
                TUESDAY,
                TEN,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.WEEKLY,
                null,
                TUESDAY.plusWeeks(60));

        assertThatThrownBy(() -> sessions.book(tooMany, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .startsWith("A series can have at most 52 sessions."));
        assertThatThrownBy(() -> sessions.plan(untilTooLate))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message()).startsWith("That would make 61 sessions"));
        assertThat(sessionCount()).isZero();
    }

    @Test
    @WithUserDetails(LEILA)
    void a_weekly_series_keeps_its_local_time_across_the_change_to_daylight_saving_time() {
        var result = sessions.book(weekly(client(ZOE), TUESDAY, TEN, 3), false);

        assertThat(result.booked()).hasSize(3);
        var starts = startsOfSessions();
        assertThat(starts).extracting(SessionServiceTest::local).containsOnly(TEN);
        // 10:00 AST is 14:00 UTC; after 8 March, 10:00 ADT is 13:00 UTC.
        assertThat(starts)
                .containsExactly(
                        Instant.parse("2026-03-03T14:00:00Z"),
                        Instant.parse("2026-03-10T13:00:00Z"),
                        Instant.parse("2026-03-17T13:00:00Z"));
    }

    @Test
    @WithUserDetails(LEILA)
    void a_series_reports_the_dates_that_conflict_and_books_the_others_only_once_confirmed() {
        var farid = client("farid@clearmind.example");
        sessions.book(single(farid, TUESDAY.plusWeeks(2), LocalTime.of(10, 30)), false);
        var series = new SessionRequest(
                client(ZOE),
                TUESDAY,
                TEN,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.EVERY_TWO_WEEKS,
                3,
                null);

        var plan = sessions.plan(series);
        assertThat(plan.occurrences()).hasSize(3);
        assertThat(plan.conflicts()).singleElement().satisfies(o -> {
            assertThat(o.index()).isEqualTo(2);
            assertThat(o.conflict()).contains("a session with Farid Ahmadi");
        });
        assertThatThrownBy(() -> sessions.book(series, false)).isInstanceOf(InvalidInputException.class);
        assertThat(sessionCount()).isEqualTo(1);

        var result = sessions.book(series, true);

        assertThat(result.booked()).hasSize(2);
        assertThat(result.skipped()).extracting(Occurrence::index).containsExactly(2);
        assertThat(sessionCount()).isEqualTo(3);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_day_off_counts_as_a_conflict() {
        jdbc.update(
                "insert into time_off (therapist_id, first_day, last_day) values"
                        + " ((select id from app_user where email = ?::citext), ?, ?)",
                LEILA,
                TUESDAY.plusWeeks(1),
                TUESDAY.plusWeeks(1));

        var plan = sessions.plan(weekly(client(ZOE), TUESDAY, TEN, 2));

        assertThat(plan.conflicts())
                .singleElement()
                .satisfies(o -> assertThat(o.conflict()).startsWith("a day off on Tuesday, March 10, 2026"));
        jdbc.update("delete from time_off");
    }

    @Test
    @WithUserDetails(LEILA)
    void moving_this_and_following_moves_each_later_session_by_the_same_days_to_the_same_local_time() {
        sessions.book(weekly(client(ZOE), TUESDAY, TEN, 4), false);
        var second = secondSessionId();
        var version = sessions.get(second).version();

        int moved = sessions.change(
                second,
                version,
                new SessionChange(
                        TUESDAY.plusWeeks(1).plusDays(1),
                        LocalTime.of(15, 0),
                        50,
                        SessionMode.IN_PERSON,
                        null,
                        "Room 3"),
                Scope.THIS_AND_FOLLOWING);

        assertThat(moved).isEqualTo(3);
        var starts = startsOfSessions();
        assertThat(starts.getFirst()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
        assertThat(starts.subList(1, 4))
                .extracting(i -> i.atZone(HALIFAX).toLocalDateTime().toString())
                .containsExactly("2026-03-11T15:00", "2026-03-18T15:00", "2026-03-25T15:00");
        assertThat(audits("RESCHEDULE", client(ZOE))).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(LEILA)
    void moving_a_series_a_week_later_does_not_trip_over_its_own_sessions() {
        sessions.book(weekly(client(ZOE), TUESDAY, TEN, 3), false);
        var first = startsOfSessionIds().getFirst();

        sessions.change(
                first,
                sessions.get(first).version(),
                new SessionChange(TUESDAY.plusWeeks(1), TEN, 50, SessionMode.IN_PERSON, null, null),
                Scope.THIS_AND_FOLLOWING);

        assertThat(startsOfSessions())
                .extracting(i -> i.atZone(HALIFAX).toLocalDate().toString())
                .containsExactly("2026-03-10", "2026-03-17", "2026-03-24");
    }

    @Test
    @WithUserDetails(LEILA)
    void an_edit_that_conflicts_with_another_appointment_leaves_every_session_unchanged() {
        sessions.book(weekly(client(ZOE), TUESDAY, TEN, 3), false);
        sessions.book(single(client("farid@clearmind.example"), TUESDAY.plusWeeks(2), LocalTime.of(15, 0)), false);
        var before = startsOfSessions();
        var first = startsOfSessionIds().getFirst();

        assertThatThrownBy(() -> sessions.change(
                        first,
                        sessions.get(first).version(),
                        new SessionChange(TUESDAY, LocalTime.of(15, 0), 50, SessionMode.IN_PERSON, null, null),
                        Scope.THIS_AND_FOLLOWING))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .startsWith(
                                        "The session of Tuesday, March 17, 2026 would overlap a session with Farid Ahmadi"));
        assertThat(startsOfSessions()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_change_made_from_an_old_copy_is_refused() {
        var id =
                sessions.book(single(client(ZOE), TUESDAY, TEN), false).booked().getFirst();
        long version = sessions.get(id).version();
        sessions.change(
                id,
                version,
                new SessionChange(TUESDAY, LocalTime.of(11, 0), 50, SessionMode.IN_PERSON, null, null),
                Scope.THIS_ONE);

        assertThatThrownBy(() -> sessions.change(
                        id,
                        version,
                        new SessionChange(TUESDAY, LocalTime.of(12, 0), 50, SessionMode.IN_PERSON, null, null),
                        Scope.THIS_ONE))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(local(startsOfSessions().getFirst())).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    @WithUserDetails(LEILA)
    void cancelling_this_and_following_needs_a_reason_and_leaves_earlier_sessions_booked() {
        sessions.book(weekly(client(ZOE), TUESDAY, TEN, 4), false);
        var third = startsOfSessionIds().get(2);

        assertThatThrownBy(() -> sessions.cancel(third, "  ", Scope.THIS_AND_FOLLOWING))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("reason", "Please give a reason for cancelling.")));
        int cancelled = sessions.cancel(third, "Client is travelling", Scope.THIS_AND_FOLLOWING);

        assertThat(cancelled).isEqualTo(2);
        assertThat(startsOfSessions()).hasSize(2);
        assertThat(audits("CANCEL", client(ZOE))).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_session_is_marked_completed_or_no_show_only_once_it_has_started() {
        var id =
                sessions.book(single(client(ZOE), TUESDAY, TEN), false).booked().getFirst();

        assertThatThrownBy(() -> sessions.mark(id, AppointmentStatus.NO_SHOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .isEqualTo("This session hasn't started yet."));
        clock.set(Instant.parse("2026-03-03T14:55:00Z"));
        sessions.mark(id, AppointmentStatus.NO_SHOW);

        assertThat(sessions.get(id).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(audits("MARK_NO_SHOW", client(ZOE))).isPositive();
    }

    @Test
    @WithUserDetails(SAM)
    void another_therapist_cannot_open_move_cancel_or_mark_a_session_and_each_try_is_audited() {
        var id = asLeila(() ->
                sessions.book(single(client(ZOE), TUESDAY, TEN), false).booked().getFirst());
        long deniedBefore = audits("ACCESS_DENIED", client(ZOE));
        var change = new SessionChange(TUESDAY, LocalTime.of(11, 0), 50, SessionMode.IN_PERSON, null, null);

        assertThatThrownBy(() -> sessions.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.change(id, 0, change, Scope.THIS_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(id, "mine now", Scope.THIS_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.mark(id, AppointmentStatus.COMPLETED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.forClient(client(ZOE), org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", client(ZOE))).isEqualTo(deniedBefore + 5);
        assertThat(local(startsOfSessions().getFirst())).isEqualTo(TEN);
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_cannot_book_or_open_sessions_through_the_service() {
        assertThatThrownBy(() -> sessions.book(single(client(ZOE), TUESDAY, TEN), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.plan(single(client(ZOE), TUESDAY, TEN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(ADMIN)
    void an_admin_books_a_session_on_the_clients_own_therapists_calendar() {
        var minh = client("minh@clearmind.example");

        var id = sessions.book(single(minh, TUESDAY, TEN), false).booked().getFirst();

        assertThat(jdbc.queryForObject(
                        "select u.email from appointment a join app_user u on u.id = a.therapist_id"
                                + " where a.id = ?",
                        String.class,
                        id))
                .isEqualTo(SAM);
    }

    @Test
    void two_therapists_booking_the_same_time_at_once_both_succeed_and_one_therapist_never_gets_two() throws Exception {
        var zoe = client(ZOE);
        var farid = client("farid@clearmind.example");
        var minh = client("minh@clearmind.example");
        var barrier = new CyclicBarrier(3);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var tasks = new ArrayList<Callable<String>>();
            tasks.add(() -> attempt(LEILA, zoe, barrier));
            tasks.add(() -> attempt(LEILA, farid, barrier));
            tasks.add(() -> attempt(SAM, minh, barrier));
            var outcomes = new ArrayList<String>();
            for (var f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.subList(0, 2)).containsExactlyInAnyOrder("booked", "refused");
            assertThat(outcomes.get(2)).isEqualTo("booked");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(distinct therapist_id) from appointment where kind = 'SESSION'", Integer.class))
                .isEqualTo(2);
        assertThat(sessionCount()).isEqualTo(2);
    }

    private String attempt(String therapist, UUID client, CyclicBarrier barrier) throws Exception {
        var user = users.loadUserByUsername(therapist);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            barrier.await(20, TimeUnit.SECONDS);
            sessions.book(single(client, TUESDAY, TEN), false);
            return "booked";
        } catch (InvalidInputException e) {
            return "refused";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> T asLeila(java.util.function.Supplier<T> work) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        var user = users.loadUserByUsername(LEILA);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    private UUID secondSessionId() {
        return startsOfSessionIds().get(1);
    }

    private List<UUID> startsOfSessionIds() {
        return jdbc.queryForList(
                "select id from appointment where kind = 'SESSION' and status = 'BOOKED'" + " order by starts_at",
                UUID.class);
    }
}
