package app.attune.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
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
class ThemeCatalogueTest {

    // People of this test's own (made before each test), not the demo's; the taxonomy is the migrations' seed.
    static final String LEILA = "leila@themes.example";
    static final String ADMIN = "admin@themes.example";
    static final String ZOE = "zoe@themes.example";

    @Autowired
    ThemeCatalogue themes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void people() {
        var clinic = new TestClinic(context);
        clinic.therapistOnce(LEILA, "Leila Moradi");
        clinic.accountOnce(ADMIN, "ADMIN", "Clinic Administrator");
        clinic.accountOnce(ZOE, "CLIENT", "Zoë Tremblay");
    }

    private ThemeOption named(String name) {
        return themes.all().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_seeded_taxonomy_is_grouped_by_category_with_a_description_for_every_theme() {
        var grouped = themes.activeByCategory();

        assertThat(grouped.keySet()).containsExactly(ThemeCategory.values());
        assertThat(grouped.get(ThemeCategory.BARRIER))
                .extracting(ThemeOption::name)
                .containsSubsequence(
                        "Emotional avoidance",
                        "Hyper-independence",
                        "Misattunement",
                        "Stress overload",
                        "Trauma history");
        assertThat(grouped.get(ThemeCategory.SELF_REGULATION))
                .extracting(ThemeOption::name)
                .containsExactly("Breathing", "Journaling", "Mindfulness");
        assertThat(jdbc.queryForObject("select count(*) from theme where category = 'MODALITY'", Long.class))
                .isEqualTo(9);
        assertThat(themes.all())
                .hasSizeGreaterThanOrEqualTo(33)
                .allSatisfy(t -> assertThat(t.description()).isNotBlank());
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_adds_renames_retires_and_restores_a_theme() {
        var added = themes.add(ThemeCategory.BARRIER, "  Shame  ", "Feeling not good enough to be seen as you are.");
        assertThat(added.name()).isEqualTo("Shame");

        var renamed = themes.rename(added.id(), added.version(), "Shame and self-blame", "A new description.");
        assertThat(renamed.name()).isEqualTo("Shame and self-blame");

        var retired = themes.retire(added.id());
        assertThat(retired.retired()).isTrue();
        assertThat(themes.activeByCategory().get(ThemeCategory.BARRIER))
                .extracting(ThemeOption::id)
                .doesNotContain(added.id());
        assertThat(themes.all()).extracting(ThemeOption::id).contains(added.id());

        assertThat(themes.restore(added.id()).retired()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'theme' and record_id = ?",
                        Long.class,
                        added.id().toString()))
                .isEqualTo(4);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_blank_name_or_description_is_refused_on_its_field() {
        assertThatThrownBy(() -> themes.add(ThemeCategory.SIGN, "   ", ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("name", "description"));
        assertThatThrownBy(() -> themes.add(null, "Warmth", "Kindness in small things."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("category"));
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_name_already_used_in_the_category_is_refused_whatever_its_case() {
        long before = themes.all().size();

        assertThatThrownBy(() -> themes.add(ThemeCategory.SELF_REGULATION, "BREATHING", "Again."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("name", "This category already has a theme with that name.")));
        var journaling = named("Journaling");
        assertThatThrownBy(() -> themes.rename(journaling.id(), journaling.version(), "Mindfulness", "x"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(themes.all()).hasSize((int) before);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_rename_of_a_theme_someone_else_changed_is_refused() {
        var theme = named("Friendship");
        themes.rename(theme.id(), theme.version(), "Friendship", "Patterns with friends.");

        assertThatThrownBy(() -> themes.rename(theme.id(), theme.version(), "Friends", "Old read."))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(named("Friendship").description()).isEqualTo("Patterns with friends.");
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_therapist_may_read_themes_but_not_change_them() {
        var theme = named("Family");

        assertThat(themes.all()).isNotEmpty();
        assertThatThrownBy(() -> themes.add(ThemeCategory.SIGN, "Warmth", "Kindness."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.retire(theme.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.rename(theme.id(), theme.version(), "Kin", "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = ZOE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_client_cannot_read_the_themes() {
        assertThatThrownBy(() -> themes.all()).isInstanceOf(AccessDeniedException.class);
    }
}
