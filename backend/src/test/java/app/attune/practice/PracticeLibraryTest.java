package app.attune.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.util.Set;
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
class PracticeLibraryTest {

    @Autowired
    PracticeLibrary library;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new TestClinic(context);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    /** A new therapist of this test's own, signed in for the test. */
    private Person signedInTherapist(String name) {
        Person therapist = clinic.therapist(name);
        clinic.signIn(therapist);
        return therapist;
    }

    private UUID theme(String name) {
        return jdbc.queryForObject("select id from theme where name = ?", UUID.class, name);
    }

    private static PracticeForm form(String title) {
        return new PracticeForm(
                title,
                PracticeCategory.SELF_REGULATION,
                5,
                "Sit down.\n\n  Breathe slowly.  ",
                "It helps the body settle.",
                Set.of());
    }

    @Test
    void the_library_has_at_least_twelve_practices_with_steps_reasons_and_themes() {
        signedInTherapist("Leila Moradi");
        var all = library.all().stream()
                .filter(p -> p.ownerId() == null && !p.retired())
                .toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(12).allSatisfy(p -> {
            assertThat(p.steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.why()).isNotBlank();
            assertThat(p.themeIds()).isNotEmpty();
        });
        assertThat(all)
                .extracting(PracticeSummary::title)
                .contains(
                        "Name the feeling",
                        "Reaching back after a rough moment",
                        "Box breathing",
                        "Three lines before bed",
                        "Five senses grounding",
                        "An evening check-in ritual");
    }

    @Test
    void practices_linked_to_the_given_barrier_themes_come_first() {
        signedInTherapist("Sam Richard");
        var suggested = library.suggestedFor(Set.of(theme("Misattunement")));

        assertThat(suggested.subList(0, 2))
                .extracting(PracticeSummary::title)
                .containsExactlyInAnyOrder("Name the feeling", "Reaching back after a rough moment");
        assertThat(suggested.get(2).themeIds()).doesNotContain(theme("Misattunement"));

        var stress = library.suggestedFor(Set.of(theme("Stress overload"), theme("Breathing")));
        assertThat(stress.subList(0, 2))
                .extracting(PracticeSummary::title)
                .containsExactlyInAnyOrder("Box breathing", "Longer breath out");
        assertThat(library.suggestedFor(Set.of()))
                .extracting(PracticeSummary::title)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void a_therapist_adds_their_own_practice_with_steps_one_per_line() {
        signedInTherapist("Leila Moradi");
        var id = library.create(new PracticeForm(
                "Leila's walk",
                PracticeCategory.SELF_REGULATION,
                20,
                "Put on your shoes.\nWalk slowly.",
                "Moving helps.",
                Set.of(theme("Mindfulness"))));

        var mine = library.all().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.mine()).isTrue();
        assertThat(mine.steps()).containsExactly("Put on your shoes.", "Walk slowly.");
        assertThat(mine.themeIds()).containsExactly(theme("Mindfulness"));
    }

    @Test
    void a_therapist_copies_a_library_practice_to_change_it_and_cannot_change_the_original() {
        signedInTherapist("Leila Moradi");
        var original = library.all().stream()
                .filter(p -> p.title().equals("Box breathing"))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> library.update(original.id(), original.version(), form("My box")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("practice"));
        var copyId = library.copy(original.id());
        var copy = library.all().stream()
                .filter(p -> p.id().equals(copyId))
                .findFirst()
                .orElseThrow();
        assertThat(copy.title()).isEqualTo("Box breathing");
        assertThat(copy.mine()).isTrue();
        library.update(copyId, copy.version(), form("Box breathing, slower"));

        assertThat(library.all()).extracting(PracticeSummary::title).contains("Box breathing", "Box breathing, slower");
        var again = library.copy(original.id());
        assertThat(library.all().stream()
                        .filter(p -> p.id().equals(again))
                        .findFirst()
                        .orElseThrow()
                        .title())
                .isEqualTo("Box breathing");
    }

    @Test
    void a_therapist_cannot_see_or_change_another_therapists_own_practice() {
        Person leila = clinic.therapist("Leila Moradi");
        signedInTherapist("Sam Richard");
        var leilas = jdbc.queryForObject("""
                insert into practice (title, category, minutes, steps, why, owner_id)
                values ('Leila only', 'SELF_REGULATION', 5, 'One.', 'Why.', ?) returning id""", UUID.class, leila.id());

        assertThat(library.all()).extracting(PracticeSummary::id).doesNotContain(leilas);
        assertThatThrownBy(() -> library.retire(leilas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.copy(leilas)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        signedInTherapist("Leila Moradi");
        long before = library.all().size();

        assertThatThrownBy(() -> library.create(new PracticeForm(" ", null, 0, "\n \n", "", Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains("title", "category", "minutes", "steps", "why"));
        assertThatThrownBy(() -> library.create(new PracticeForm(
                        "X", PracticeCategory.CO_REGULATION, 5, "Step", "Why", Set.of(UUID.randomUUID()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("themeIds"));
        library.create(form("Twice"));
        assertThatThrownBy(() -> library.create(form("twice")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("title", "You already have a practice with this title.")));
        assertThat(library.all()).hasSize((int) before + 1);
    }

    @Test
    void a_retired_practice_is_no_longer_suggested_and_can_be_restored() {
        signedInTherapist("Leila Moradi");
        var id = library.create(form("Soon retired"));

        library.retire(id);
        assertThat(library.suggestedFor(Set.of()))
                .extracting(PracticeSummary::id)
                .doesNotContain(id);
        assertThat(library.all().stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .retired())
                .isTrue();

        library.restore(id);
        assertThat(library.suggestedFor(Set.of()))
                .extracting(PracticeSummary::id)
                .contains(id);
    }

    @Test
    void an_admin_adds_and_edits_practices_of_the_clinics_library() {
        clinic.signIn(clinic.admin());
        var id = library.create(form("Clinic walk"));
        var added = library.all().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(added.ownerId()).isNull();

        library.update(id, added.version(), form("Clinic walk, slowly"));

        assertThat(library.all())
                .extracting(PracticeSummary::title)
                .contains("Clinic walk, slowly")
                .doesNotContain("Clinic walk");
        assertThatThrownBy(() -> library.suggestedFor(Set.of())).isInstanceOf(AccessDeniedException.class);
        library.retire(id);
    }

    @Test
    void a_client_cannot_browse_the_library() {
        clinic.signIn(clinic.portalLogin(clinic.clientOf(clinic.therapist("Leila Moradi"), "Zoë Tremblay")));
        assertThatThrownBy(() -> library.all()).isInstanceOf(AccessDeniedException.class);
    }
}
