package app.attune.practice;

import static app.attune.practice.PracticeTestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.client.ClientService;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import app.attune.test.StatementCounter;
import java.util.UUID;
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
class AssignmentServiceTest {

    @Autowired
    AssignmentService service;

    @Autowired
    PracticeLibrary library;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientService clients;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private TestClinic.Client zoe;

    /** A therapist of this test's own with a client, signed in as the therapist unless a test signs in another. */
    @BeforeEach
    void therapist_with_a_client() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        clinic.signIn(leila);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    /** A daily practice of the client's, started 20 days ago, done on the days {@code done} says. */
    private UUID practiceUnderWay(UUID client, String title, java.util.function.IntPredicate done) {
        var a = data().assignment(client, title, "ACTIVE", 20);
        for (int daysAgo = 19; daysAgo >= 1; daysAgo--) {
            if (done.test(daysAgo)) {
                data().completion(a, daysAgo);
            }
        }
        return a;
    }

    private PracticeTestData data() {
        return new PracticeTestData(jdbc);
    }

    private AssignmentForm daily(String title) {
        return new AssignmentForm(
                data().practice(title), Frequency.DAILY, null, today(), null, "Gently, in the evening.");
    }

    private long emailsTo(String address) {
        return jdbc.queryForObject("select count(*) from outbox_email where to_address = ?", Long.class, address);
    }

    private AssignmentFollowUp followUp(UUID clientId, UUID assignmentId) {
        return service.followUp(clientId).stream()
                .filter(f -> f.id().equals(assignmentId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void assigning_tells_the_client_in_the_portal_and_by_an_email_without_clinical_detail() {
        jdbc.update("update client set email_consent = true where id = ?", zoe.id());
        long emails = emailsTo(zoe.email());

        var id = service.assign(zoe.id(), daily("Box breathing"));

        assertThat(jdbc.queryForObject("select seen_at is null from assignment where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(emailsTo(zoe.email())).isEqualTo(emails + 1);
        var body = jdbc.queryForObject(
                "select subject || ' ' || body_text from outbox_email where to_address = ?"
                        + " order by created_at desc limit 1",
                String.class,
                zoe.email());
        assertThat(body).contains("shared something new", "/my/practices").doesNotContain("Box breathing", "Gently");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ASSIGN' and record_id = ?",
                        Long.class,
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void a_client_who_did_not_agree_to_email_gets_no_email() {
        var farid = clinic.clientOf(leila, "Farid Ahmadi");
        jdbc.update("update client set email_consent = false where id = ?", farid.id());
        long emails = emailsTo(farid.email());

        service.assign(farid.id(), daily("Box breathing"));

        assertThat(emailsTo(farid.email())).isEqualTo(emails);
    }

    @Test
    void several_practices_are_active_at_once_and_pause_resume_change_and_end_keep_a_history() {
        var zoe = this.zoe.id();
        practiceUnderWay(zoe, "Longer breath out", daysAgo -> daysAgo % 4 != 0);
        practiceUnderWay(zoe, "An evening check-in ritual", daysAgo -> daysAgo % 2 == 0);
        var a = service.assign(zoe, daily("Five senses grounding"));
        service.assign(zoe, daily("A mindful cup of tea"));

        service.pause(a, followUp(zoe, a).version());
        service.resume(a, followUp(zoe, a).version());
        service.change(
                a,
                followUp(zoe, a).version(),
                new AssignmentForm(
                        null, Frequency.TIMES_PER_WEEK, 3, today(), today().plusWeeks(4), "Three times is plenty."));
        service.end(a, followUp(zoe, a).version());

        var ended = followUp(zoe, a);
        assertThat(ended.status()).isEqualTo(AssignmentStatus.ENDED);
        assertThat(ended.timesPerWeek()).isEqualTo(3);
        assertThat(ended.practiceTitle()).isEqualTo("Five senses grounding");
        assertThat(ended.history())
                .extracting(HistoryEntry::kind)
                .containsExactly(
                        AssignmentEventKind.ENDED,
                        AssignmentEventKind.CHANGED,
                        AssignmentEventKind.RESUMED,
                        AssignmentEventKind.PAUSED,
                        AssignmentEventKind.ASSIGNED);
        assertThat(service.followUp(zoe).stream()
                        .filter(f -> f.status() == AssignmentStatus.ACTIVE)
                        .count())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ASSIGNMENT_CHANGE'" + " and record_id = ?",
                        Long.class,
                        a.toString()))
                .isEqualTo(4);
    }

    @Test
    void a_change_made_from_an_old_read_is_refused() {
        var zoe = this.zoe.id();
        var a = service.assign(zoe, daily("Box breathing"));
        long version = followUp(zoe, a).version();
        service.pause(a, version);

        assertThatThrownBy(() -> service.end(a, version)).isInstanceOf(ConcurrentEditException.class);
        assertThat(followUp(zoe, a).status()).isEqualTo(AssignmentStatus.PAUSED);
    }

    @Test
    void bad_schedules_are_refused_on_their_field_and_nothing_is_saved() {
        var zoe = this.zoe.id();
        var box = data().practice("Box breathing");
        long before = jdbc.queryForObject("select count(*) from assignment", Long.class);

        assertThatThrownBy(() -> service.assign(
                        zoe, new AssignmentForm(box, Frequency.DAILY, null, today(), today().minusDays(1), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("endsOn", "The last day can't be before the first day.")));
        for (int n : new int[] {0, 8}) {
            assertThatThrownBy(() -> service.assign(
                            zoe, new AssignmentForm(box, Frequency.TIMES_PER_WEEK, n, today(), null, null)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(
                                            new FieldProblem("timesPerWeek", "Please choose 1 to 7 times a week.")));
        }
        assertThatThrownBy(() -> service.assign(
                        zoe, new AssignmentForm(box, Frequency.TIMES_PER_WEEK, null, today(), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.assign(
                        zoe, new AssignmentForm(box, Frequency.DAILY, null, today(), null, "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("note"));
        assertThat(jdbc.queryForObject("select count(*) from assignment", Long.class))
                .isEqualTo(before);
    }

    @Test
    void retiring_a_practice_keeps_the_assignments_that_use_it() {
        var zoe = this.zoe.id();
        var own = library.create(new PracticeForm(
                "Leila's stretch",
                PracticeCategory.SELF_REGULATION,
                5,
                "Stand up.\nReach up slowly.",
                "Moving softens tension.",
                java.util.Set.of()));
        var a = service.assign(zoe, new AssignmentForm(own, Frequency.DAILY, null, today(), null, null));

        library.retire(own);

        var kept = followUp(zoe, a);
        assertThat(kept.practiceTitle()).isEqualTo("Leila's stretch");
        assertThat(kept.status()).isEqualTo(AssignmentStatus.ACTIVE);
    }

    @Test
    void a_retired_practice_cannot_be_assigned() {
        var retired = jdbc.queryForObject("""
                insert into practice (title, category, minutes, steps, why, retired_at)
                values ('Old exercise', 'SELF_REGULATION', 5, 'One.', 'Why.', now()) returning id""", UUID.class);

        assertThatThrownBy(() -> service.assign(
                        zoe.id(), new AssignmentForm(retired, Frequency.ONCE, null, today(), null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("practiceId"));
    }

    @Test
    void a_discharged_client_cannot_be_given_a_practice() {
        Person sam = clinic.therapist("Sam Richard");
        var marieEve = clinic.clientOf(sam, "Marie-Ève Landry").id();
        clinic.as(sam, () -> {
            clients.discharge(marieEve, clients.get(marieEve).version(), today(), "Care ended.");
            return null;
        });
        clinic.signIn(sam);

        assertThatThrownBy(() -> service.assign(marieEve, daily("Box breathing")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(
                                        new FieldProblem(
                                                "client",
                                                "Marie-Ève Landry has been discharged. Re-open their record before assigning a practice.")));
    }

    @Test
    void another_therapist_can_neither_assign_to_nor_read_nor_change_leilas_clients() {
        var zoe = this.zoe.id();
        var zoesAssignment = data().assignment(zoe, "Box breathing", "ACTIVE", 3);
        clinic.signIn(clinic.therapist("Sam Richard"));
        long refusals = data().audits("ACCESS_DENIED", "client");

        assertThatThrownBy(() -> service.assign(zoe, daily("Box breathing"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.followUp(zoe)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pause(zoesAssignment, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(data().audits("ACCESS_DENIED", "client")).isEqualTo(refusals + 3);
    }

    @Test
    void an_admin_sees_no_completions_reflections_or_ratings() {
        var zoe = this.zoe.id();
        clinic.signIn(clinic.admin());

        assertThatThrownBy(() -> service.followUp(zoe)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.slipping()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(zoe, daily("Box breathing"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_follow_up_shows_adherence_easing_and_reflections_newest_first_and_is_audited() {
        var zoe = this.zoe.id();
        practiceUnderWay(zoe, "Longer breath out", daysAgo -> daysAgo % 4 != 0);
        long views = data().audits("VIEW", "practices");

        var breathing = service.followUp(zoe).stream()
                .filter(f -> f.practiceTitle().equals("Longer breath out"))
                .findFirst()
                .orElseThrow();

        assertThat(breathing.completions()).isNotEmpty();
        assertThat(breathing.completions())
                .extracting(CompletionRow::doneAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(breathing.averageEasing()).isPositive();
        assertThat(breathing.weeks())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.expected()).isBetween(0, 7));
        assertThat(breathing.weeks().stream().mapToInt(WeekAdherence::done).sum())
                .isEqualTo(breathing.completions().size());
        assertThat(data().audits("VIEW", "practices")).isEqualTo(views + 1);
    }

    @Test
    void today_lists_farid_whose_practice_slipped_and_not_zoe() {
        practiceUnderWay(zoe.id(), "Longer breath out", daysAgo -> daysAgo % 4 != 0);
        var farid = clinic.clientOf(leila, "Farid Ahmadi").id();
        practiceUnderWay(farid, "Five senses grounding", daysAgo -> daysAgo == 17 || daysAgo == 10);

        var slipping = service.slipping();

        assertThat(slipping)
                .extracting(SlippingClient::name)
                .contains("Farid Ahmadi")
                .doesNotContain("Zoë Tremblay");
        assertThat(slipping).allSatisfy(s -> assertThat(s.percent()).isLessThan(50));
    }

    @Test
    void the_follow_up_runs_the_same_number_of_statements_for_few_and_many_completions() {
        var zoe = this.zoe.id();
        practiceUnderWay(zoe, "Longer breath out", daysAgo -> daysAgo % 4 != 0);
        long few = StatementCounter.countOnThisThread(() -> service.followUp(zoe));
        for (int i = 0; i < 5; i++) {
            var a = data().assignment(zoe, "Box breathing", "ACTIVE", 6);
            for (int d = 1; d <= 5; d++) {
                jdbc.update("""
                        insert into completion (assignment_id, done_at, distress_before, distress_after, reflection,
                                                idempotency_key) values (?, now() - make_interval(days => ?), 6, 3,
                                                'Fine.', gen_random_uuid())""", a, d);
            }
            jdbc.update(
                    "insert into assignment_event (assignment_id, occurred_at, actor_id, kind, frequency, starts_on)"
                            + " values (?, now(), ?, 'ASSIGNED', 'DAILY', now()::date)",
                    a,
                    leila.id());
        }

        long many = StatementCounter.countOnThisThread(() -> service.followUp(zoe));

        assertThat(many).isEqualTo(few);
        assertThat(data().audits("VIEW", "practices")).isPositive();
    }
}
