package app.attune.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Zoë opens My practices on her phone, starts a reflection, comes back to it, and records "I did it" once. */
@FrontendTest
class PracticeJourneyTest extends BrowserJourney {

    private static final String PRACTICE = "Comfort, offered and welcomed";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_client_records_i_did_it_on_a_phone_and_a_double_tap_records_once() {
        UUID assignment = jdbc.queryForObject("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, note)
                select c.id, c.primary_therapist_id, p.id, 'DAILY', (now() at time zone 'America/Halifax')::date - 1,
                       'With your sister, if she is around.'
                from (select * from client where email = 'zoe@clearmind.example' order by created_at limit 1) c,
                     practice p
                where p.title = ? and p.owner_id is null
                returning id""", UUID.class, PRACTICE);
        var phone = browser.newPhoneVisitor(baseUrl());
        try {
            var p = phone.newPage();
            signIn(p, "zoe@clearmind.example", DEMO_PASSWORD);
            assertThat(heading(p)).hasText("Welcome, Zoë Tremblay");
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your practices"))
                    .click();
            assertThat(heading(p)).hasText("My practices");
            assertThat(p.getByText("From your therapist: With your sister, if she is around."))
                    .isVisible();

            var didIt = p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I did it: " + PRACTICE));
            didIt.click();
            p.getByLabel("Anything you noticed?").fill("We sat together on the couch for a while.");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not now"))
                    .click();

            // The reflection typed before closing is still there when the dialog opens again.
            didIt.click();
            assertThat(p.getByLabel("Anything you noticed?")).hasValue("We sat together on the couch for a while.");
            p.getByLabel("Distress before").fill("6");
            p.getByLabel("Distress after").fill("3");
            p.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .dblclick();

            assertThat(p.getByText("Saved. Thank you for taking this time for yourself."))
                    .isVisible();
            assertThat(p.getByText("We sat together on the couch for a while.")).isVisible();
            assertThat(jdbc.queryForObject(
                            "select count(*) from completion where assignment_id = ?", Long.class, assignment))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select distress_before * 100 + distress_after from completion"
                                    + " where assignment_id = ?",
                            Integer.class,
                            assignment))
                    .isEqualTo(603);
            assertThat(((Number) p.evaluate("document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(390);
        } finally {
            phone.close();
        }
    }
}
