package app.attune.notes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A therapist writes a note in the browser: it saves itself on the server (never in the browser's storage), survives
 * a reload, and is then signed and locked; signing out leaves nothing of Attune in the browser.
 */
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
        // Kept on the server only: nothing of the note is in this browser's storage (decision 009).
        Assertions.assertThat(browserStorage(page))
                .doesNotContain("long shifts")
                .doesNotContain("attune-note");
        Assertions.assertThat(indexedDatabases(page)).isEmpty();

        page.reload();
        assertThat(data).hasValue("Minh described a week of long shifts and short sleep.");
        page.getByLabel("Find a theme").fill("stress");
        // As a person would, wait for the list to narrow before choosing: a click on the list it replaces is lost.
        assertThat(page.getByText("Active listening")).isHidden();
        page.getByText("Stress overload").click();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Stress overload")))
                .isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and lock"))
                .click();
        assertThat(page.getByText("Sign and lock this note?")).isVisible();
        // The confirmation's own button comes after the page's one.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and lock"))
                .last()
                .click();

        assertThat(page.getByText("Signed by Sam Richard")).isVisible();
        assertThat(page.getByText("Stress overload")).isVisible();
        Assertions.assertThat(browserStorage(page)).doesNotContain("long shifts");

        // Signing out takes what Attune kept in this browser with it (the idle timer's shared last activity).
        Assertions.assertThat(attuneKeys(page)).isNotEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(heading(page)).hasText("ClearMind Counselling Clinic");
        page.waitForCondition(() -> attuneKeys(page).isEmpty());
        // A browser closed without signing out is cleared on the sign-in page.
        page.evaluate("() => localStorage.setItem('attune.left-behind', 'x')");
        page.navigate("/login");
        assertThat(page.locator("input[name='username']")).isVisible();
        page.waitForCondition(() -> attuneKeys(page).isEmpty());
    }

    @Test
    void text_typed_while_the_server_is_unreachable_stays_says_so_and_is_saved_once_it_is_back() {
        UUID session = jdbc.queryForObject("""
                select a.id from appointment a join client c on c.id = a.client_id
                where c.email = 'daniel.okafor@example.com' and a.kind = 'SESSION' and a.status = 'COMPLETED'
                  and not exists (select 1 from session_note n where n.appointment_id = a.id)
                order by a.starts_at limit 1""", UUID.class);
        signIn(page, "sam@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Sam Richard");
        page.navigate("/notes/for-appointment/" + session);
        assertThat(heading(page)).hasText("Session note: Dan");
        var plan = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Plan"));

        // The network goes away while the therapist types: the text stays in the field, and the page says it is
        // not saved yet and why, instead of keeping a copy in the browser.
        visitor.setOffline(true);
        plan.pressSequentially("Call the GP about sleep.");
        assertThat(page.getByText("Not saved yet: Attune can't reach the server."))
                .isVisible();
        assertThat(plan).hasValue("Call the GP about sleep.");
        Assertions.assertThat(browserStorage(page)).doesNotContain("Call the GP");

        // Closing the window now asks first, so the text is not lost without a word.
        var dialogs = new CopyOnWriteArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> dialogs.contains("beforeunload"));

        // Back online, the draft reaches the server by itself, perhaps in pieces (what was sent before the network
        // went, then the rest); the indicator says all is saved only once all of it is.
        visitor.setOffline(false);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForList(
                                "select body from session_note_section s"
                                        + " join session_note n on n.id = s.note_id where n.appointment_id = ? and s.section = 'plan'",
                                String.class,
                                session)
                        .contains("Call the GP about sleep."));
        assertThat(page.getByText("All changes saved")).isVisible();
        assertThat(plan).hasValue("Call the GP about sleep.");
    }

    /** Everything in this origin's localStorage and sessionStorage, keys and values. */
    private static String browserStorage(Page p) {
        return (String) p.evaluate("() => JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})");
    }

    private static List<?> indexedDatabases(Page p) {
        return (List<?>) p.evaluate("async () => (await indexedDB.databases()).map(d => d.name)");
    }

    private static List<?> attuneKeys(Page p) {
        return (List<?>) p.evaluate("() => Object.keys(localStorage).concat(Object.keys(sessionStorage))"
                + ".filter(k => k.startsWith('attune'))");
    }
}
