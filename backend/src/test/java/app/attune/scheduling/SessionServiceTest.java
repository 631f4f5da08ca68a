package app.attune.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.client.ClientService;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class SessionServiceTest {

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
    ClientService clients;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private Person sam;
    private Person admin;
    private TestClinic.Client zoeRecord;
    private UUID zoe;
    private UUID farid;
    private UUID minh;

    /** Two therapists of this test's own, Leila with two clients and Sam with one; each test signs in whom it needs. */
    @BeforeEach
    void twoTherapists() {
        clock.set(SchedulingTestClock.MONDAY_NOON);
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        sam = clinic.therapist("Sam Okafor");
        admin = clinic.admin();
        zoeRecord = clinic.clientOf(leila, "Zoë Tremblay");
        zoe = zoeRecord.id();
        farid = clinic.clientOf(leila, "Farid Ahmadi").id();
        minh = clinic.clientOf(sam, "Minh").id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
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
                "select count(*) from appointment where kind = 'SESSION' and status <> 'CANCELLED'"
                        + " and therapist_id in (?, ?)",
                Long.class,
                leila.id(),
                sam.id());
    }

    long audits(String action, UUID client) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, client);
    }

    List<Instant> startsOfSessions() {
        return jdbc
                .queryForList(
                        "select starts_at from appointment where kind = 'SESSION' and status = 'BOOKED'"
                                + " and therapist_id in (?, ?) order by starts_at",
                        java.sql.Timestamp.class,
                        leila.id(),
                        sam.id())
                .stream()
                .map(java.sql.Timestamp::toInstant)
                .toList();
    }

    static LocalTime local(Instant instant) {
        return instant.atZone(HALIFAX).toLocalTime();
    }

    @Test
    void a_therapist_books_a_fifty_minute_session_with_a_client_of_their_caseload_and_it_is_audited() {
        clinic.signIn(leila);

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
    void an_overlapping_session_is_refused_with_the_conflicting_appointment_named_and_nothing_is_saved() {
        clinic.signIn(leila);
        sessions.book(single(zoe, TUESDAY, TEN), false);

        assertThatThrownBy(() -> sessions.book(single(farid, TUESDAY, LocalTime.of(10, 30)), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .contains("a session with Zoë Tremblay")
                                .contains("Tuesday, March 3, 2026"));
        assertThat(sessionCount()).isEqualTo(1);
    }

    @Test
    void a_session_that_ends_before_it_starts_is_empty_or_longer_than_four_hours_is_refused() {
        clinic.signIn(leila);
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
    void a_video_session_needs_a_secure_link() {
        clinic.signIn(leila);
        var request = new SessionRequest(
                zoe,
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
    void a_session_for_a_client_outside_the_caseload_is_refused_and_audited() {
        clinic.signIn(leila);

        assertThatThrownBy(() -> sessions.book(single(minh, TUESDAY, TEN), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audits("ACCESS_DENIED", minh)).isPositive();
        assertThat(sessionCount()).isZero();
    }

    @Test
    void a_session_for_a_discharged_client_is_refused_with_a_clear_message() {
        clinic.signIn(sam);
        var marie = clinic.clientOf(sam, "Marie-Ève Landry").id();
        clinic.as(sam, () -> {
            clients.discharge(
                    marie,
                    clients.get(marie).version(),
                    LocalDate.of(2026, 2, 20),
                    "Goals reached; closed by mutual agreement.");
            return null;
        });

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
    void a_series_of_more_than_52_sessions_is_refused() {
        clinic.signIn(leila);
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
    void a_weekly_series_keeps_its_local_time_across_the_change_to_daylight_saving_time() {
        clinic.signIn(leila);
        var result = sessions.book(weekly(zoe, TUESDAY, TEN, 3), false);

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
    void a_series_reports_the_dates_that_conflict_and_books_the_others_only_once_confirmed() {
        clinic.signIn(leila);
        sessions.book(single(farid, TUESDAY.plusWeeks(2), LocalTime.of(10, 30)), false);
        var series = new SessionRequest(
                zoe,
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
    void a_day_off_counts_as_a_conflict() {
        clinic.signIn(leila);
        jdbc.update(
                "insert into time_off (therapist_id, first_day, last_day) values" + " (?, ?, ?)",
                leila.id(),
                TUESDAY.plusWeeks(1),
                TUESDAY.plusWeeks(1));

        var plan = sessions.plan(weekly(zoe, TUESDAY, TEN, 2));

        assertThat(plan.conflicts())
                .singleElement()
                .satisfies(o -> assertThat(o.conflict()).startsWith("a day off on Tuesday, March 10, 2026"));
        jdbc.update("delete from time_off where therapist_id = ?", leila.id());
    }

    @Test
    void moving_this_and_following_moves_each_later_session_by_the_same_days_to_the_same_local_time() {
        clinic.signIn(leila);
        sessions.book(weekly(zoe, TUESDAY, TEN, 4), false);
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
        assertThat(audits("RESCHEDULE", zoe)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void moving_a_series_a_week_later_does_not_trip_over_its_own_sessions() {
        clinic.signIn(leila);
        sessions.book(weekly(zoe, TUESDAY, TEN, 3), false);
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
    void an_edit_that_conflicts_with_another_appointment_leaves_every_session_unchanged() {
        clinic.signIn(leila);
        sessions.book(weekly(zoe, TUESDAY, TEN, 3), false);
        sessions.book(single(farid, TUESDAY.plusWeeks(2), LocalTime.of(15, 0)), false);
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
    void a_change_made_from_an_old_copy_is_refused() {
        clinic.signIn(leila);
        var id = sessions.book(single(zoe, TUESDAY, TEN), false).booked().getFirst();
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
    void cancelling_this_and_following_needs_a_reason_and_leaves_earlier_sessions_booked() {
        clinic.signIn(leila);
        sessions.book(weekly(zoe, TUESDAY, TEN, 4), false);
        var third = startsOfSessionIds().get(2);

        assertThatThrownBy(() -> sessions.cancel(third, "  ", Scope.THIS_AND_FOLLOWING))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("reason", "Please give a reason for cancelling.")));
        int cancelled = sessions.cancel(third, "Client is travelling", Scope.THIS_AND_FOLLOWING);

        assertThat(cancelled).isEqualTo(2);
        assertThat(startsOfSessions()).hasSize(2);
        assertThat(audits("CANCEL", zoe)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_session_is_marked_completed_or_no_show_only_once_it_has_started() {
        clinic.signIn(leila);
        var id = sessions.book(single(zoe, TUESDAY, TEN), false).booked().getFirst();

        assertThatThrownBy(() -> sessions.mark(id, AppointmentStatus.NO_SHOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .isEqualTo("This session hasn't started yet."));
        clock.set(Instant.parse("2026-03-03T14:55:00Z"));
        sessions.mark(id, AppointmentStatus.NO_SHOW);

        assertThat(sessions.get(id).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(audits("MARK_NO_SHOW", zoe)).isPositive();
    }

    @Test
    void another_therapist_cannot_open_move_cancel_or_mark_a_session_and_each_try_is_audited() {
        clinic.signIn(sam);
        var id = clinic.as(
                leila,
                () -> sessions.book(single(zoe, TUESDAY, TEN), false).booked().getFirst());
        long deniedBefore = audits("ACCESS_DENIED", zoe);
        var change = new SessionChange(TUESDAY, LocalTime.of(11, 0), 50, SessionMode.IN_PERSON, null, null);

        assertThatThrownBy(() -> sessions.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.change(id, 0, change, Scope.THIS_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(id, "mine now", Scope.THIS_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.mark(id, AppointmentStatus.COMPLETED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.forClient(zoe, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", zoe)).isEqualTo(deniedBefore + 5);
        assertThat(local(startsOfSessions().getFirst())).isEqualTo(TEN);
    }

    @Test
    void a_client_cannot_book_or_open_sessions_through_the_service() {
        clinic.signIn(clinic.portalLogin(zoeRecord));
        assertThatThrownBy(() -> sessions.book(single(zoe, TUESDAY, TEN), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.plan(single(zoe, TUESDAY, TEN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_books_a_session_on_the_clients_own_therapists_calendar() {
        clinic.signIn(admin);

        var id = sessions.book(single(minh, TUESDAY, TEN), false).booked().getFirst();

        assertThat(jdbc.queryForObject(
                        "select u.email from appointment a join app_user u on u.id = a.therapist_id"
                                + " where a.id = ?",
                        String.class,
                        id))
                .isEqualTo(sam.email());
    }

    @Test
    void two_therapists_booking_the_same_time_at_once_both_succeed_and_one_therapist_never_gets_two() throws Exception {
        var barrier = new CyclicBarrier(3);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var tasks = new ArrayList<Callable<String>>();
            tasks.add(() -> attempt(leila, zoe, barrier));
            tasks.add(() -> attempt(leila, farid, barrier));
            tasks.add(() -> attempt(sam, minh, barrier));
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
                        "select count(distinct therapist_id) from appointment where kind = 'SESSION'"
                                + " and therapist_id in (?, ?)",
                        Integer.class,
                        leila.id(),
                        sam.id()))
                .isEqualTo(2);
        assertThat(sessionCount()).isEqualTo(2);
    }

    private String attempt(Person therapist, UUID client, CyclicBarrier barrier) throws Exception {
        clinic.signIn(therapist);
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

    private UUID secondSessionId() {
        return startsOfSessionIds().get(1);
    }

    private List<UUID> startsOfSessionIds() {
        return jdbc.queryForList(
                "select id from appointment where kind = 'SESSION' and status = 'BOOKED'"
                        + " and therapist_id in (?, ?) order by starts_at",
                UUID.class,
                leila.id(),
                sam.id());
    }
}
