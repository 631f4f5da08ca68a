package app.attune.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.practice.AssignmentForm;
import app.attune.practice.Frequency;
import app.attune.practice.PracticeLibrary;
import app.attune.practice.PracticeSummary;
import app.attune.test.StatementCounter;
import com.vaadin.browserless.SpringBrowserlessTest;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@FrontendTest
class PracticeScreensTest extends SpringBrowserlessTest {

    private static final String LEILA = "leila@clearmind.example";
    private static final String ZOE = "zoe@clearmind.example";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeLibrary library;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    // An assignment of Zoë's, daily since yesterday in the clinic's zone, already seen.
    private UUID zoesAssignment(String title) {
        return jdbc.queryForObject("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, seen_at)
                select c.id, c.primary_therapist_id, p.id, 'DAILY',
                       (now() at time zone 'America/Halifax')::date - 1, now()
                from (select * from client where email = 'zoe@clearmind.example' order by created_at limit 1) c,
                     practice p
                where p.title = ? and p.owner_id is null
                returning id""", UUID.class, title);
    }

    private void openPracticesTab(String email) {
        navigate("clients/" + client(email), Main.class);
        test($(TabSheet.class).single()).select("Practices");
        roundTrip();
    }

    private long faridsAssignments() {
        return jdbc.queryForObject(
                "select count(*) from assignment where client_id = ?", Long.class, client("farid@clearmind.example"));
    }

    // Opens the assign dialog on Farid's page with the practice chosen.
    private Dialog assignToFarid(String practiceLabel) {
        openPracticesTab("farid@clearmind.example");
        test($(Button.class).withText("Assign a practice").single()).click();
        var dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> practice =
                $(ComboBox.class, dialog).withLabel("Practice").single();
        test(practice).selectItem(practiceLabel);
        return dialog;
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_assigns_a_practice_from_the_clients_page() {
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
    @WithUserDetails(LEILA)
    void the_assign_dialog_suggests_first_the_practices_linked_to_the_barrier_themes_it_is_given() {
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
    @WithUserDetails(LEILA)
    void a_last_day_before_the_first_shows_on_its_field_and_nothing_is_assigned() {
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
    @WithUserDetails(LEILA)
    void the_practices_tab_shows_adherence_a_chart_with_its_table_and_reflections_as_plain_text() {
        var a = zoesAssignment("Five senses grounding");
        jdbc.update("""
                insert into completion (assignment_id, done_at, distress_before, distress_after, reflection,
                                        idempotency_key)
                values (?, now() - interval '2 hours', 8, 3, '<b>Calmer</b> <script>alert(1)</script>',
                        gen_random_uuid())""", a);
        openPracticesTab(ZOE);

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
    @WithUserDetails(LEILA)
    void today_lists_a_client_whose_practice_slipped_with_a_link_to_their_page() {
        navigate("clients", Main.class);
        navigate("today", Main.class);

        var panel = $(Section.class).withClassName("attune-slipping").single();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Farid Ahmadi")
                .doesNotContain("Zoë");
        assertThat($(Anchor.class, panel).all())
                .extracting(Anchor::getHref)
                .contains("clients/" + client("farid@clearmind.example"));
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_records_i_did_it_from_my_practices() {
        var a = zoesAssignment("A mindful cup of tea");
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
    @WithUserDetails(ZOE)
    void a_distress_outside_zero_to_ten_shows_on_its_field_and_nothing_is_recorded() {
        var a = zoesAssignment("Box breathing");
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
    @WithUserDetails(ZOE)
    void my_practices_runs_a_fixed_number_of_statements_whatever_the_number_of_practices() {
        navigate(MyPracticesView.class);
        long few = StatementCounter.countOnThisThread(() -> navigate(MyPracticesView.class));
        for (int i = 0; i < 5; i++) {
            var a = zoesAssignment("Box breathing");
            jdbc.update("""
                    insert into completion (assignment_id, done_at, distress_before, distress_after, idempotency_key)
                    select ?, now() - make_interval(hours => g), 6, 3, gen_random_uuid() from generate_series(1, 4) g
                    """, a);
        }

        long many = StatementCounter.countOnThisThread(() -> navigate(MyPracticesView.class));

        assertThat(many).isEqualTo(few);
    }

    @Test
    @WithUserDetails(LEILA)
    void the_practices_tab_runs_a_fixed_number_of_statements_whatever_the_number_of_assignments() {
        openPracticesTab(ZOE);
        long few = StatementCounter.countOnThisThread(() -> openPracticesTab(ZOE));
        for (int i = 0; i < 5; i++) {
            var a = zoesAssignment("Longer breath out");
            jdbc.update("""
                    insert into completion (assignment_id, done_at, distress_before, distress_after, reflection,
                                            idempotency_key)
                    select ?, now() - make_interval(hours => g), 6, 3, 'Fine', gen_random_uuid()
                    from generate_series(1, 4) g""", a);
        }

        long many = StatementCounter.countOnThisThread(() -> openPracticesTab(ZOE));

        assertThat(many).isEqualTo(few);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_copies_a_library_practice_to_make_it_their_own() {
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
                where u.email = 'leila@clearmind.example' and p.title like 'Pause before you answer%'""", Long.class)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_writes_their_own_practice_and_a_missing_title_shows_on_its_field() {
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
                where u.email = 'leila@clearmind.example' and p.title = 'Window sky'""", String.class)).isEqualTo("Stand by a window.\nLook at the sky.");
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_admin_cannot_open_a_clients_practices() {
        navigate("clients/" + client(ZOE), Main.class);

        assertThat($(Button.class).withText("Assign a practice").exists()).isFalse();
        navigate("my/practices", Main.class);
        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
