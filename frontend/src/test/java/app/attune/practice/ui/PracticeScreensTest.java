package app.attune.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.base.ClinicService;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestPractices;
import app.attune.practice.AssignmentForm;
import app.attune.practice.Frequency;
import app.attune.practice.PracticeLibrary;
import app.attune.practice.PracticeSummary;
import app.attune.test.MutableClock;
import app.attune.test.StatementCounter;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class PracticeScreensTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeLibrary library;

    @Autowired
    ClinicService clinics;

    @Autowired
    MutableClock clock;

    private TestPractices practices;
    private Person leila;
    private TestClinic.Client zoe;
    private Person zoesLogin;
    private TestClinic.Client farid;

    /** A therapist of this test's own with two clients, Zoë with a portal login; each test signs in whom it needs. */
    @BeforeEach
    void build_the_clinic() {
        practices = new TestPractices(context, clinic);
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        zoesLogin = clinic.portalLogin(zoe);
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    private ZoneId zone() {
        return clinics.clinic().zone();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private LocalDateTime hoursAgo(int hours) {
        return LocalDateTime.now(clock.withZone(zone())).minusHours(hours).withNano(0);
    }

    // An assignment of Zoë's, daily since yesterday in the clinic's zone, already seen.
    private UUID zoesAssignment(String title) {
        UUID id = practices.daily(zoe, title, today().minusDays(1));
        practices.openedBy(zoesLogin);
        return id;
    }

    /** Zoë did the assignment that many hours ago, with the distress before and after and her reflection. */
    private void zoeDid(UUID assignment, int hoursAgo, int before, int after, @Nullable String reflection) {
        practices.completion(zoesLogin, assignment, hoursAgo(hoursAgo), before, after, reflection);
    }

    /**
     * The client did the assignment on a past day at the given hour, recorded that evening: the shared clock stands
     * there while they record it (the app takes what was done in the last 7 days). The caller resets the clock.
     */
    private void didOn(Person login, UUID assignment, LocalDate day, int hour, int before, int after) {
        var doneAt = day.atTime(hour, 0);
        clock.set(doneAt.atZone(zone()).plusMinutes(5).toInstant());
        practices.completion(login, assignment, doneAt, before, after, null);
    }

    /**
     * Zoë already does a practice, done four times in the last hours, as a client in care does: with none, a screen
     * skips its history and completion queries, and the counts would compare an empty list with a full one.
     */
    private void zoeDoesAPracticeAlready() {
        var a = zoesAssignment("Five senses grounding");
        for (int g = 1; g <= 4; g++) {
            zoeDid(a, g, 7, 4, null);
        }
    }

    private void openPracticesTab(TestClinic.Client client) {
        navigate("clients/" + client.id(), Main.class);
        test($(TabSheet.class).single()).select("Practices");
        roundTrip();
    }

    private long faridsAssignments() {
        return jdbc.queryForObject("select count(*) from assignment where client_id = ?", Long.class, farid.id());
    }

    // Opens the assign dialog on Farid's page with the practice chosen.
    private Dialog assignToFarid(String practiceLabel) {
        openPracticesTab(farid);
        test($(Button.class).withText("Assign a practice").single()).click();
        var dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> practice =
                $(ComboBox.class, dialog).withLabel("Practice").single();
        test(practice).selectItem(practiceLabel);
        return dialog;
    }

    @Test
    void a_therapist_assigns_a_practice_from_the_clients_page() {
        clinic.signIn(leila);
        long before = faridsAssignments();

        var dialog = assignToFarid("A letter you don't send (15 min)");
        // No feature supplies recent barrier themes yet, so there is nothing to suggest.
        assertThat($(Div.class, dialog).withClassName("attune-suggestions").exists())
                .isFalse();
        test($(TextArea.class, dialog).withLabel("A note for the client").single())
                .setValue("Only if it feels right.");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat(faridsAssignments()).isEqualTo(before + 1);
        assertThat($(H3.class).withText("A letter you don't send").exists()).isTrue();
    }

    @Test
    void the_assign_dialog_suggests_first_the_practices_linked_to_the_barrier_themes_it_is_given() {
        clinic.signIn(leila);
        navigate("clients", Main.class);
        Set<UUID> misattunement =
                Set.of(jdbc.queryForObject("select id from theme where name = 'Misattunement'", UUID.class));
        var form = new AssignmentForm(null, Frequency.DAILY, null, LocalDate.now(), null, null);
        var dialog =
                new AssignDialog("Assign", library.suggestedFor(misattunement), misattunement, form, f -> {}, () -> {});
        dialog.open();
        roundTrip();

        var suggestions =
                $(Div.class, dialog).withClassName("attune-suggestions").single();
        assertThat($(Button.class, suggestions).all())
                .extracting(Button::getText)
                .containsExactlyInAnyOrder("Name the feeling", "Reaching back after a rough moment");
        @SuppressWarnings("unchecked")
        ComboBox<PracticeSummary> practice =
                $(ComboBox.class, dialog).withLabel("Practice").single();
        assertThat(java.util.List.of(
                        test(practice).getSuggestionItems().get(0).title(),
                        test(practice).getSuggestionItems().get(1).title()))
                .containsExactlyInAnyOrder("Name the feeling", "Reaching back after a rough moment");

        test($(Button.class, suggestions).withText("Name the feeling").single()).click();
        assertThat(practice.getValue().title()).isEqualTo("Name the feeling");
    }

    @Test
    void a_last_day_before_the_first_shows_on_its_field_and_nothing_is_assigned() {
        clinic.signIn(leila);
        long before = faridsAssignments();

        var dialog = assignToFarid("Box breathing (5 min)");
        var starts = $(DatePicker.class, dialog).withLabel("First day").single();
        var ends = $(DatePicker.class, dialog).withLabel("Last day").single();
        ends.setMin(null);
        test(ends).setValue(starts.getValue().minusDays(2));
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo("The last day can't be before the first day.");
        assertThat(faridsAssignments()).isEqualTo(before);
    }

    @Test
    void the_practices_tab_shows_adherence_a_chart_with_its_table_and_reflections_as_plain_text() {
        var a = zoesAssignment("Five senses grounding");
        zoeDid(a, 2, 8, 3, "<b>Calmer</b> <script>alert(1)</script>");
        clinic.signIn(leila);
        openPracticesTab(zoe);

        assertThat($(NativeTable.class).all())
                .extracting(NativeTable::getCaptionText)
                .contains("Done against asked, per week", "Distress before and after each time");
        assertThat($(Svg.class).exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withText("<b>Calmer</b> <script>alert(1)</script>")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("on average, distress eased by 5.0 points")
                        .exists())
                .isTrue();
    }

    @Test
    void today_lists_a_client_whose_practice_slipped_with_a_link_to_their_page() {
        // Zoë keeps up with a daily practice; Farid, asked for four times a week, did it twice in nearly three weeks.
        var start = today().minusDays(20);
        var breathing = practices.daily(zoe, "Longer breath out", start);
        var grounding = practices.assign(farid, "Five senses grounding", Frequency.TIMES_PER_WEEK, 4, start);
        practices.daily(farid, "Three lines before bed", start);
        var faridsLogin = clinic.portalLogin(farid);
        var today = today();
        for (int daysAgo = 19; daysAgo >= 1; daysAgo--) {
            if (daysAgo % 4 != 0) {
                didOn(zoesLogin, breathing, today.minusDays(daysAgo), 21, 6, 3);
            }
        }
        didOn(faridsLogin, grounding, today.minusDays(17), 8, 8, 5);
        didOn(faridsLogin, grounding, today.minusDays(10), 22, 7, 6);
        clock.reset();
        clinic.signIn(leila);
        navigate("clients", Main.class);
        navigate("today", Main.class);

        var panel = $(Section.class).withClassName("attune-slipping").single();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Farid Ahmadi")
                .doesNotContain("Zoë");
        assertThat($(Anchor.class, panel).all()).extracting(Anchor::getHref).contains("clients/" + farid.id());
    }

    @Test
    void a_client_records_i_did_it_from_my_practices() {
        var a = zoesAssignment("A mindful cup of tea");
        clinic.signIn(zoesLogin);
        navigate(MyPracticesView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("My practices");

        test($(Button.class)
                        .withAttribute("aria-label", "I did it: A mindful cup of tea")
                        .first())
                .click();
        var dialog = $(Dialog.class).single();
        test($(IntegerField.class, dialog).withLabel("Distress before").single())
                .setValue(7);
        test($(IntegerField.class, dialog).withLabel("Distress after").single()).setValue(4);
        test($(TextArea.class, dialog).withLabel("Anything you noticed?").single())
                .setValue("The warmth helped.");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat(jdbc.queryForObject(
                        "select count(*) from completion where assignment_id = ? and reflection = ?",
                        Long.class,
                        a,
                        "The warmth helped."))
                .isEqualTo(1);
        assertThat($(Paragraph.class).withText("The warmth helped.").exists()).isTrue();
    }

    @Test
    void a_distress_outside_zero_to_ten_shows_on_its_field_and_nothing_is_recorded() {
        var a = zoesAssignment("Box breathing");
        clinic.signIn(zoesLogin);
        navigate(MyPracticesView.class);

        test($(Button.class)
                        .withAttribute("aria-label", "I did it: Box breathing")
                        .first())
                .click();
        var dialog = $(Dialog.class).single();
        var before = $(IntegerField.class, dialog).withLabel("Distress before").single();
        before.setMax(100);
        test(before).setValue(11);
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat(before.isInvalid()).isTrue();
        assertThat(before.getErrorMessage()).isEqualTo("Please choose a number from 0 to 10.");
        assertThat(jdbc.queryForObject("select count(*) from completion where assignment_id = ?", Long.class, a))
                .isZero();
    }

    @Test
    void my_practices_runs_a_fixed_number_of_statements_whatever_the_number_of_practices() {
        zoeDoesAPracticeAlready();
        clinic.signIn(zoesLogin);
        navigate(MyPracticesView.class);
        long few = StatementCounter.countOnThisThread(() -> navigate(MyPracticesView.class));
        for (int i = 0; i < 5; i++) {
            var a = zoesAssignment("Box breathing");
            for (int g = 1; g <= 4; g++) {
                zoeDid(a, g, 6, 3, null);
            }
        }

        long many = StatementCounter.countOnThisThread(() -> navigate(MyPracticesView.class));

        assertThat(many).isEqualTo(few);
    }

    @Test
    void the_practices_tab_runs_a_fixed_number_of_statements_whatever_the_number_of_assignments() {
        zoeDoesAPracticeAlready();
        clinic.signIn(leila);
        openPracticesTab(zoe);
        long few = StatementCounter.countOnThisThread(() -> openPracticesTab(zoe));
        for (int i = 0; i < 5; i++) {
            var a = zoesAssignment("Longer breath out");
            for (int g = 1; g <= 4; g++) {
                zoeDid(a, g, 6, 3, "Fine");
            }
        }

        long many = StatementCounter.countOnThisThread(() -> openPracticesTab(zoe));

        assertThat(many).isEqualTo(few);
    }

    @Test
    void a_therapist_copies_a_library_practice_to_make_it_their_own() {
        clinic.signIn(leila);
        navigate(PracticeLibraryView.class);
        @SuppressWarnings("unchecked")
        Grid<PracticeSummary> grid = $(Grid.class).single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).title().equals("Pause before you answer"))
                .findFirst()
                .orElseThrow();
        var copy = test(grid)
                .getCellComponent(row, 5)
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Copy"))
                .findFirst()
                .orElseThrow();

        test(copy).click();

        assertThat(jdbc.queryForObject("""
                select count(*) from practice p join app_user u on u.id = p.owner_id
                where u.id = ? and p.title like 'Pause before you answer%'""", Long.class, leila.id())).isEqualTo(1);
    }

    @Test
    void a_therapist_writes_their_own_practice_and_a_missing_title_shows_on_its_field() {
        clinic.signIn(leila);
        navigate(PracticeLibraryView.class);
        test($(Button.class).withText("New practice").single()).click();
        var dialog = $(Dialog.class).single();
        test($(TextArea.class, dialog).withLabel("Steps").single()).setValue("Stand by a window.\nLook at the sky.");
        test($(TextArea.class, dialog).withLabel("Why it helps").single()).setValue("Looking far away rests the mind.");

        test($(Button.class, dialog).withText("Save").single()).click();
        var title = $(com.vaadin.flow.component.textfield.TextField.class, dialog)
                .withLabel("Title")
                .single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please give the practice a title.");

        test(title).setValue("Window sky");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat(jdbc.queryForObject("""
                select steps from practice p join app_user u on u.id = p.owner_id
                where u.id = ? and p.title = 'Window sky'""", String.class, leila.id()))
                .isEqualTo("Stand by a window.\nLook at the sky.");
    }

    @Test
    void an_admin_cannot_open_a_clients_practices() {
        clinic.signIn(clinic.admin());
        navigate("clients/" + zoe.id(), Main.class);

        assertThat($(Button.class).withText("Assign a practice").exists()).isFalse();
        navigate("my/practices", Main.class);
        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
