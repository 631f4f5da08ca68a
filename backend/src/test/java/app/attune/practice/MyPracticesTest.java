package app.attune.practice;

import static app.attune.practice.PracticeTestData.anHourAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import app.attune.test.StatementCounter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class MyPracticesTest {

    @Autowired
    MyPractices mine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private UUID zoe;

    /**
     * A therapist of this test's own and a client of theirs with a portal login, signed in for the test (as
     * {@code @WithUserDetails} would, but the login is made for this test).
     */
    @BeforeEach
    void signed_in_client() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        var client = clinic.clientOf(leila, "Zoë Tremblay");
        zoe = client.id();
        clinic.signIn(clinic.portalLogin(client));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    /** Two practices the client has done for the past weeks, as a client a while into therapy has. */
    private void practicesUnderWay() {
        var breathing = data().assignment(zoe, "Longer breath out", "ACTIVE", 20);
        var ritual = data().assignment(zoe, "An evening check-in ritual", "ACTIVE", 20);
        for (int daysAgo = 19; daysAgo >= 1; daysAgo -= 3) {
            data().completion(breathing, daysAgo);
            data().completion(ritual, daysAgo);
        }
    }

    private PracticeTestData data() {
        return new PracticeTestData(jdbc);
    }

    private static CompletionForm done(LocalDateTime at, int before, int after) {
        return new CompletionForm(at, before, after, 4, "It helped a little.");
    }

    private InvalidInputException refusal(UUID assignment, CompletionForm form) {
        var thrown = new InvalidInputException[1];
        assertThatThrownBy(() -> mine.complete(assignment, UUID.randomUUID(), form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0];
    }

    @Test
    void a_client_sees_their_practices_with_steps_and_their_therapists_note_and_new_ones_once() {
        practicesUnderWay();
        var fresh = jdbc.queryForObject("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, note)
                select c.id, c.primary_therapist_id, p.id, 'ONCE',
                       (now() at time zone 'America/Halifax')::date, 'Just once, when you like.'
                from client c, practice p
                where c.id = ? and p.title = 'Box breathing' and p.owner_id is null
                returning id""", UUID.class, zoe);

        var page = mine.open();

        var box = page.practices().stream()
                .filter(p -> p.assignmentId().equals(fresh))
                .findFirst()
                .orElseThrow();
        assertThat(box.isNew()).isTrue();
        assertThat(box.note()).isEqualTo("Just once, when you like.");
        assertThat(box.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(box.forToday()).isTrue();
        assertThat(page.newCount()).isPositive();
        assertThat(page.past()).isNotEmpty();
        assertThat(page.practices())
                .extracting(MyPractice::title)
                .contains("Longer breath out", "An evening check-in ritual");
        assertThat(mine.newCount()).isZero();
        assertThat(mine.open().practices()).noneMatch(MyPractice::isNew);
    }

    @Test
    void i_did_it_records_the_completion_and_it_counts_this_week() {
        practicesUnderWay();
        var a = data().assignment(zoe, "Name the feeling", "ACTIVE", 3);
        int before = mine.open().doneThisWeek();

        var recorded = mine.complete(a, UUID.randomUUID(), done(anHourAgo(), 7, 4));

        assertThat(recorded.firstTime()).isTrue();
        assertThat(data().completions(a)).isEqualTo(1);
        var page = mine.open();
        assertThat(page.past().getFirst().completion().reflection()).isEqualTo("It helped a little.");
        assertThat(page.doneThisWeek()).isGreaterThanOrEqualTo(before);
        assertThat(page.weeksInARow()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COMPLETE' and record_id = ?",
                        Long.class,
                        recorded.completionId().toString()))
                .isEqualTo(1);
    }

    @Test
    void a_double_tap_or_a_retry_with_the_same_key_records_once() {
        var a = data().assignment(zoe, "Box breathing", "ACTIVE", 3);
        var key = UUID.randomUUID();

        var first = mine.complete(a, key, done(anHourAgo(), 6, 2));
        var again = mine.complete(a, key, done(anHourAgo(), 6, 2));

        assertThat(again.completionId()).isEqualTo(first.completionId());
        assertThat(again.firstTime()).isFalse();
        assertThat(data().completions(a)).isEqualTo(1);
    }

    @Test
    void two_simultaneous_calls_with_the_same_key_record_once() throws Exception {
        var a = data().assignment(zoe, "Box breathing", "ACTIVE", 3);
        var key = UUID.randomUUID();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Recorded>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(new DelegatingSecurityContextCallable<>(() -> {
                    start.await();
                    return mine.complete(a, key, done(anHourAgo(), 5, 3));
                })));
            }
            start.countDown();
            var one = results.get(0).get(30, TimeUnit.SECONDS);
            var two = results.get(1).get(30, TimeUnit.SECONDS);

            assertThat(one.completionId()).isEqualTo(two.completionId());
            assertThat(List.of(one.firstTime(), two.firstTime())).containsExactlyInAnyOrder(true, false);
            assertThat(data().completions(a)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ratings_times_and_reflections_out_of_bounds_are_refused_and_nothing_is_saved() {
        var a = data().assignment(zoe, "Box breathing", "ACTIVE", 10);

        assertThat(refusal(a, done(anHourAgo(), 11, -1)).problems())
                .extracting(FieldProblem::field)
                .containsExactly("distressAfter", "distressBefore");
        assertThat(refusal(a, new CompletionForm(anHourAgo(), 5, 5, 6, null)).problems())
                .containsExactly(new FieldProblem("helpfulness", "Please choose from 1 to 5, or leave it empty."));
        assertThat(refusal(a, new CompletionForm(anHourAgo(), 5, 5, 0, null)).problems())
                .extracting(FieldProblem::field)
                .containsExactly("helpfulness");
        assertThat(refusal(a, done(anHourAgo().plusHours(3), 5, 4)).problems())
                .containsExactly(new FieldProblem(
                        "doneAt", "That time is still to come. Please choose a time that has already passed."));
        assertThat(refusal(a, done(anHourAgo().minusDays(8), 5, 4)).problems())
                .containsExactly(new FieldProblem("doneAt", "Please choose a time within the last 7 days."));
        assertThat(refusal(a, new CompletionForm(anHourAgo(), 5, 4, null, "x".repeat(2001)))
                        .problems())
                .containsExactly(
                        new FieldProblem("reflection", "Please keep your reflection to 2000 characters or fewer."));
        assertThat(data().completions(a)).isZero();
    }

    @Test
    void a_time_before_the_practice_started_is_refused() {
        var a = data().assignment(zoe, "Box breathing", "ACTIVE", 1);

        assertThat(refusal(a, done(anHourAgo().minusDays(3), 5, 4)).problems())
                .containsExactly(new FieldProblem("doneAt", "Please choose a day within this practice's dates."));
    }

    @Test
    void a_paused_or_ended_practice_cannot_be_recorded() {
        var paused = data().assignment(zoe, "Box breathing", "PAUSED", 3);
        var ended = data().assignment(zoe, "Box breathing", "ENDED", 3);

        assertThat(refusal(paused, done(anHourAgo(), 5, 4))
                        .problems()
                        .getFirst()
                        .field())
                .isEqualTo("assignment");
        assertThat(refusal(ended, done(anHourAgo(), 5, 4)).problems())
                .containsExactly(
                        new FieldProblem("assignment", "This practice has ended, so it can't be recorded any more."));
        assertThat(data().completions(paused) + data().completions(ended)).isZero();
        assertThat(mine.open().practices())
                .extracting(MyPractice::assignmentId)
                .contains(paused)
                .doesNotContain(ended);
    }

    @Test
    void a_client_cannot_complete_another_clients_assignment_and_the_attempt_is_audited() {
        var farids = data().assignment(clinic.clientOf(leila, "Farid Ahmadi").id(), "Box breathing", "ACTIVE", 3);
        long refusals = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED'" + " and record_id = ?",
                Long.class,
                farids.toString());

        assertThatThrownBy(() -> mine.complete(farids, UUID.randomUUID(), done(anHourAgo(), 5, 4)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(data().completions(farids)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                                + " and record_id = ? and actor_role = 'CLIENT'",
                        Long.class,
                        farids.toString()))
                .isEqualTo(refusals + 1);
        assertThat(mine.open().practices()).extracting(MyPractice::assignmentId).doesNotContain(farids);
    }

    @Test
    void a_therapist_cannot_record_for_a_client() {
        var a = data().assignment(zoe, "Box breathing", "ACTIVE", 3);

        assertThatThrownBy(() -> clinic.as(leila, () -> mine.complete(a, UUID.randomUUID(), done(anHourAgo(), 5, 4))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.as(leila, () -> mine.open())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_practices_runs_the_same_number_of_statements_for_few_and_many_practices() {
        var minh = clinic.clientOf(leila, "Minh Nguyen");
        var login = clinic.portalLogin(minh);
        data().assignment(minh.id(), "Box breathing", "ACTIVE", 6);
        clinic.as(login, () -> mine.open());
        long few = clinic.as(login, () -> StatementCounter.countOnThisThread(() -> mine.open()));
        for (int i = 0; i < 6; i++) {
            var a = data().assignment(minh.id(), "Box breathing", "ACTIVE", 6);
            for (int d = 1; d <= 5; d++) {
                jdbc.update("""
                        insert into completion (assignment_id, done_at, distress_before, distress_after, reflection,
                                                idempotency_key) values (?, now() - make_interval(days => ?), 6, 3,
                                                'Fine.', gen_random_uuid())""", a, d);
            }
        }

        long many = clinic.as(login, () -> StatementCounter.countOnThisThread(() -> mine.open()));

        assertThat(many).isEqualTo(few);
    }

    @Test
    void years_of_history_load_only_the_newest_twenty_for_the_list() {
        var data = data();
        var old = data.assignment(zoe, "Name the feeling", "ENDED", 1200);
        try {
            for (int i = 0; i < 40; i++) {
                jdbc.update(
                        "insert into completion (assignment_id, done_at, distress_before, distress_after,"
                                + " idempotency_key) values (?, now() - make_interval(days => ?), 6, 4, gen_random_uuid())",
                        old,
                        400 + i * 20);
            }
            long olderThanAYear = jdbc.queryForObject(
                    "select count(*) from completion c join assignment a"
                            + " on a.id = c.assignment_id where a.client_id = ? and c.done_at < now() - interval '1 year'",
                    Long.class,
                    zoe);

            var page = mine.open();

            assertThat(olderThanAYear).isGreaterThanOrEqualTo(40);
            assertThat(page.past()).hasSize(MyPractices.PAST_SHOWN);
            var shown = page.past().stream().map(c -> c.completion().doneAt()).toList();
            assertThat(shown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        } finally {
            jdbc.update("delete from completion where assignment_id = ?", old);
            jdbc.update("delete from assignment where id = ?", old);
        }
    }
}
