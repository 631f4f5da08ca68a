package app.attune.records.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An admin reviews a record past its retention period and removes it, signed note and all, in the browser. */
@FrontendTest
class RetentionJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    private UUID client;

    @AfterEach
    void purgeIfLeft() {
        if (client != null && jdbc.queryForObject("select count(*) from client where id = ?", Long.class, client) > 0) {
            jdbc.queryForList("select * from purge_client(?)", client);
        }
    }

    @Test
    void an_admin_reviews_a_record_past_its_period_and_removes_it_with_its_signed_note() {
        client = UUID.randomUUID();
        jdbc.update("""
                insert into client (id, legal_name, status, discharge_date, discharge_reason, primary_therapist_id)
                select ?, 'Wren Faraway', 'DISCHARGED', ?, 'Moved away', id from app_user
                where email = 'leila@clearmind.example'""", client, LocalDate.now(ZoneId.of("America/Halifax")).minusYears(12));
        UUID note = jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template, session_date)
                select id, primary_therapist_id, 'FREE', discharge_date from client where id = ? returning id""", UUID.class, client);
        jdbc.update(
                "insert into session_note_section (note_id, section, body) values (?, 'note', 'A last session.')",
                note);
        jdbc.update("""
                update session_note set status = 'SIGNED', signed_at = now(), signed_by = therapist_id,
                       content_hash = repeat('f', 64) where id = ?""", note);
        jdbc.update("""
                insert into note_addendum (note_id, author_id, body, content_hash)
                select id, therapist_id, 'One correction.', repeat('a', 64) from session_note where id = ?""", note);

        signIn(page, "admin@clearmind.example", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retention"))
                .click();
        assertThat(heading(page)).hasText("Record retention");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review the record of Wren Faraway"))
                .click();

        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Remove the record of Wren Faraway?");
        assertThat(dialog).containsText("1 session note (1 signed)");
        assertThat(dialog).containsText("1 addendum");
        assertThat(dialog).containsText("This can't be undone.");
        dialog.getByLabel("Type the client's legal name to confirm").fill("wren");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove the record"))
                .click();
        assertThat(dialog).containsText("That doesn't match the name on the record.");
        dialog.getByLabel("Type the client's legal name to confirm").fill("wren faraway");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove the record"))
                .click();

        assertThat(page.getByText("The record was removed")).isVisible();
        assertThat(dialog).isHidden();
        // the grid keeps its row elements for reuse, hidden, so the name may linger out of sight
        assertThat(page.getByText("Wren Faraway", new Page.GetByTextOptions().setExact(true)))
                .isHidden();
        assertThat(jdbc.queryForObject("select count(*) from session_note where id = ?", Long.class, note))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Long.class, client))
                .isZero();
    }
}
