package app.attune.notes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;

/** A therapist writes a note in the browser: it saves itself, survives a reload, and is then signed and locked. */
@FrontendTest
class NoteJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_note_saves_itself_while_typing_survives_a_reload_and_is_signed() {
        UUID session = jdbc.queryForObject("""
                select a.id from appointment a join client c on c.id = a.client_id
                where c.email = 'minh@clearmind.example' and a.kind = 'SESSION' and a.status = 'COMPLETED'
                  and not exists (select 1 from session_note n where n.appointment_id = a.id)
                order by a.starts_at limit 1""", UUID.class);
        signIn(page, "sam@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Sam Richard");

        page.navigate("/notes/for-appointment/" + session);
        assertThat(heading(page)).hasText("Session note: Minh");
        var data = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Data"));
        data.fill("Minh described a week of long shifts and short sleep.");
        assertThat(page.getByText("Unsaved changes")).isVisible();
        // No button pressed: the draft saves itself once typing pauses.
        assertThat(page.getByText("All changes saved")).isVisible();

        page.reload();
        assertThat(data).hasValue("Minh described a week of long shifts and short sleep.");
        page.getByLabel("Find a theme").fill("stress");
        // As a person would, wait for the list to narrow before choosing: a click on the list it replaces is lost.
        assertThat(page.getByText("Active listening")).isHidden();
        page.getByText("Stress overload").click();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Stress overload")))
                .isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and lock")).click();
        assertThat(page.getByText("Sign and lock this note?")).isVisible();
        // The confirmation's own button comes after the page's one.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and lock")).last().click();

        assertThat(page.getByText("Signed by Sam Richard")).isVisible();
        assertThat(page.getByText("Stress overload")).isVisible();
    }

    @Test
    void text_typed_just_before_the_window_closes_is_not_lost() {
        UUID session = jdbc.queryForObject("""
                select a.id from appointment a join client c on c.id = a.client_id
                where c.email = 'daniel.okafor@example.com' and a.kind = 'SESSION' and a.status = 'COMPLETED'
                  and not exists (select 1 from session_note n where n.appointment_id = a.id)
                order by a.starts_at limit 1""", UUID.class);
        signIn(page, "sam@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Sam Richard");
        page.navigate("/notes/for-appointment/" + session);
        assertThat(heading(page)).hasText("Session note: Dan");

        // Typed, and the window closed at once: the two seconds before the draft saves itself never pass.
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Plan")).fill("Call the GP about sleep.");
        page.close();

        var again = visitor.newPage();
        again.navigate("/notes/for-appointment/" + session);
        // Either the closing window still got the text to the server, or this browser kept it and brings it back.
        assertThat(again.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Plan")))
                .hasValue("Call the GP about sleep.");
        again.waitForCondition(() -> jdbc.queryForList("select body from session_note_section s join session_note n"
                + " on n.id = s.note_id where n.appointment_id = ? and s.section = 'plan'", String.class, session)
                .contains("Call the GP about sleep."));
    }
}
