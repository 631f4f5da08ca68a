package app.attune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.client.ClientForm;
import app.attune.client.ClientQuery;
import app.attune.client.ClientService;
import app.attune.client.ConcernCatalogue;
import app.attune.fixture.ClientForms;
import app.attune.fixture.TestClinic;
import app.attune.notes.NoteQuery;
import app.attune.notes.NoteService;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeCategory;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.test.IntegrationTest;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A NUL, another control character or a lone surrogate half, in the text of any feature's command or argument, is
 * refused on its field before it reaches PostgreSQL (where a NUL was a 500), and nothing is saved.
 */
@IntegrationTest
@ActiveProfiles("demo")
class PlainTextServicesTest {

    private static final String NUL = "Zo\u0000e";
    private static final String LONE_SURROGATE = "Zo\uD800e";

    @Autowired
    ClientService clients;

    @Autowired
    ConcernCatalogue concerns;

    @Autowired
    ThemeCatalogue themes;

    @Autowired
    NoteService notes;

    @Autowired
    AvailabilityService availability;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Validator validator;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;

    /** Each test signs in a person of its own. */
    @BeforeEach
    void aClinic() {
        clinic = new TestClinic(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void refusedOn(String field, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly(field));
    }

    private static ClientForm client(String legalName, @Nullable String address) {
        return ClientForms.named(legalName)
                .withDateOfBirth(LocalDate.of(1990, 5, 1))
                .withEmail("nul.test@example.org")
                .withPhone("902 555 0199")
                .withAddress(address)
                .withPreferredLanguage("English")
                .build();
    }

    @Test
    void a_therapist_cannot_save_or_search_with_control_characters_and_nothing_is_saved() {
        var therapist = clinic.therapist("Leila Moradi");
        clinic.signIn(therapist);
        UUID leila = therapist.id();
        long clientsBefore = count("client");
        long daysOffBefore = count("time_off");

        refusedOn("legalName", () -> clients.create(client(NUL, null), null, true));
        refusedOn("legalName", () -> clients.create(client(LONE_SURROGATE, null), null, true));
        refusedOn("legalName", () -> clients.create(client("Zoe\u202ETremblay", null), null, true));
        refusedOn("address", () -> clients.create(client("Zoë Tremblay", "1 Main St\u0000"), null, true));
        refusedOn("text", () -> clients.caseload(new ClientQuery(NUL, Set.of(), null, null), PageRequest.of(0, 10)));
        refusedOn(
                "text",
                () -> notes.search(new NoteQuery(Set.of(), false, NUL, null, null, null, null), PageRequest.of(0, 10)));
        refusedOn(
                "note",
                () -> availability.addTimeOff(leila, LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 8), "Away\u0000"));

        assertThat(count("client")).isEqualTo(clientsBefore);
        assertThat(count("time_off")).isEqualTo(daysOffBefore);
        // Line breaks and tabs are welcome in an address, and letters of any script in a name (checked without
        // saving).
        assertThat(validator.validate(client("Nguyễn Văn Minh", "1 Main St\nApt 2\tback door")))
                .isEmpty();
    }

    @Test
    void an_admin_cannot_name_a_theme_or_concern_with_control_characters() {
        clinic.signIn(clinic.admin());
        long themesBefore = count("theme");
        long concernsBefore = count("concern");

        refusedOn("name", () -> themes.add(ThemeCategory.BARRIER, NUL, "A description."));
        refusedOn("description", () -> themes.add(ThemeCategory.BARRIER, "Plain name", "A \u0007 bell."));
        refusedOn("name", () -> concerns.add(LONE_SURROGATE));

        assertThat(count("theme")).isEqualTo(themesBefore);
        assertThat(count("concern")).isEqualTo(concernsBefore);
    }
}
