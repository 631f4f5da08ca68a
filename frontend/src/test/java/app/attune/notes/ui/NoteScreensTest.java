package app.attune.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestSessions;
import app.attune.notes.ThemeOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class NoteScreensTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    private Person leila;
    private TestClinic.Client zoe;
    private TestClinic.Client farid;

    /** A therapist of this test's own with two clients; each test signs in whom it needs. */
    @BeforeEach
    void build_the_clinic() {
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    /** A session with the client that took place last week and has no note yet. */
    private UUID completedSessionOf(TestClinic.Client client) {
        return new TestSessions(context, clinic).completedSession(client, 7, LocalTime.of(10, 0));
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    private TextArea section(String label) {
        return $(TextArea.class).withLabel(label).single();
    }

    @Test
    void a_note_opened_from_a_session_saves_itself_as_the_therapist_types_and_keeps_every_version() {
        var session = completedSessionOf(zoe);
        clinic.signIn(leila);
        navigate("notes/for-appointment/" + session, Main.class);
        assertThat(heading()).isEqualTo("Session note: Zoë Tremblay");

        test(section("Data")).setValue("Zoë noticed her shoulders drop when she named the fear.");
        test(section("Plan")).setValue("Keep the evening check-in.");

        UUID note = jdbc.queryForObject("select id from session_note where appointment_id = ?", UUID.class, session);
        assertThat(jdbc.queryForObject(
                        "select body from session_note_section where note_id = ? and section = 'data'",
                        String.class,
                        note))
                .startsWith("Zoë noticed");
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_note_version where note_id = ?", Integer.class, note))
                .isEqualTo(2);
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withClassName("attune-save-state")
                        .single()
                        .getText())
                .startsWith("All changes saved");
    }

    @Test
    void signing_an_empty_note_is_refused_on_the_field_and_a_written_one_signs_and_locks() {
        var session = completedSessionOf(farid);
        clinic.signIn(leila);
        navigate("notes/for-appointment/" + session, Main.class);

        test($(Button.class).withText("Sign and lock").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(section("Data").isInvalid()).isTrue();
        assertThat(section("Data").getErrorMessage())
                .isEqualTo("An empty note can't be signed. Please write the note first.");

        test(section("Data")).setValue("<script>alert('x')</script> Farid spoke about sleep.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ThemeOption> barriers =
                $(CheckboxGroup.class).withLabel("Barriers").single();
        test(barriers).selectItem("Stress overload");
        test($(Button.class).withText("Sign and lock").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Signed by Leila Moradi"));
        // What was typed shows as text: the script is words on the page, not a script element.
        var text = $(Div.class).withClassName("attune-note-text").first();
        assertThat(text.getText()).startsWith("<script>alert('x')</script>");
        assertThat(text.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat($(TextArea.class).withLabel("Data").all()).isEmpty();

        test($(TextArea.class).withLabel("New addendum").single()).setValue("Correction: it was two nights.");
        test($(Button.class).withText("Add the addendum").single()).click();
        assertThat($(Div.class).withClassName("attune-addendum").all()).hasSize(1);
    }

    @Test
    void a_second_tab_is_told_the_note_changed_and_keeps_its_text_to_copy() {
        var session = completedSessionOf(zoe);
        clinic.signIn(leila);
        navigate("notes/for-appointment/" + session, Main.class);
        UUID note = jdbc.queryForObject("select id from session_note where appointment_id = ?", UUID.class, session);
        // Another tab saves first.
        jdbc.update("update session_note set version = version + 1 where id = ?", note);

        test(section("Data")).setValue("Typed in the second tab");

        var dialog = $(Dialog.class).last();
        assertThat($(TextArea.class, dialog).single().getValue()).contains("Typed in the second tab");
        assertThat(jdbc.queryForList("select body from session_note_section where note_id = ?", String.class, note))
                .doesNotContain("Typed in the second tab");
    }

    @Test
    void another_therapist_guessing_a_note_address_finds_nothing() {
        clinic.signIn(clinic.therapist("Sam Whitfield"));
        UUID note = jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template)
                select c.id, c.primary_therapist_id, 'FREE' from client c where c.id = ?
                returning id""", UUID.class, zoe.id());

        navigate("notes/" + note, Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    void an_admin_sees_that_notes_exist_but_not_what_they_say() {
        clinic.signIn(clinic.admin());
        UUID zoe = this.zoe.id();
        jdbc.update(
                "insert into session_note (client_id, therapist_id, template, session_date)"
                        + " select id, primary_therapist_id, 'FREE', date '2026-02-03' from client where id = ?",
                zoe);

        navigate("clients/" + zoe, Main.class);
        test($(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Notes");

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Notes are clinical"));
        assertThat($(Grid.class).all())
                .noneMatch(g -> "Notes".equals(g.getElement().getAttribute("aria-label")));
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all().stream()
                        .map(li -> li.getElement().getTextRecursively()))
                .anyMatch(t -> t.startsWith("Draft note of"));
    }

    @Test
    void the_search_finds_notes_by_words() {
        clinic.signIn(leila);
        UUID note = jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template, session_date)
                select c.id, c.primary_therapist_id, 'FREE', date '2026-02-10' from client c
                where c.id = ? returning id""", UUID.class, zoe.id());
        jdbc.update(
                "insert into session_note_section (note_id, section, body) values (?, 'note', ?)",
                note,
                "We practised the lighthouse breathing together.");
        navigate(NotesView.class);

        test($(TextField.class).withLabel("Words").single()).setValue("lighthouse");

        @SuppressWarnings("unchecked")
        Grid<app.attune.notes.NoteRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(note);
    }
}
