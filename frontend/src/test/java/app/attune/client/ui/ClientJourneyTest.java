package app.attune.client.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.Browser;
import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A therapist finds a client, invites them to the portal, and the client sets a password and signs in. */
@FrontendTest
class ClientJourneyTest extends BrowserJourney {

    private static final String PASSWORD = DEMO_PASSWORD;

    @Autowired
    JdbcTemplate jdbc;

    private final GreenMail mail = TestMailServer.greenMail();

    @Test
    void a_therapist_finds_a_client_by_a_name_typed_without_its_apostrophe() {
        signIn(page, "leila@clearmind.example", PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Leila Moradi");

        page.navigate("/clients");
        assertThat(page.getByText("4 clients")).isVisible();
        page.getByLabel("Search").fill("obrien");
        assertThat(page.getByText("1 client", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        page.getByText("Aoife O'Brien").click();

        assertThat(heading(page)).hasText("Aoife O'Brien");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Activity"))
                .click();
        assertThat(page.getByText("Opened the record").first()).isVisible();
    }

    @Test
    void an_invited_client_sets_a_password_and_reaches_their_own_space() {
        signIn(page, "leila@clearmind.example", PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Leila Moradi");
        page.navigate("/clients");
        page.getByLabel("Search").fill("fatemeh");
        page.getByText("Fatemeh").first().click();
        assertThat(heading(page)).hasText("Fatemeh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to the portal"))
                .click();
        assertThat(page.getByText("An invitation has been sent.")).isVisible();

        await().atMost(Browser.PATIENCE)
                .until(() -> mail.getReceivedMessagesForDomain("fatemeh.rahimi@example.com").length == 1);
        var body = GreenMailUtil.getBody(mail.getReceivedMessagesForDomain("fatemeh.rahimi@example.com")[0])
                .replace("=\r\n", "");
        var link = Pattern.compile("http://\\S+/invitation/[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).isTrue();
        String path = link.group().replaceFirst("^http://[^/]+", "");

        var client = browser.newVisitor("http://localhost:" + port);
        var clientPage = client.newPage();
        clientPage.navigate(path);
        assertThat(heading(clientPage)).hasText("Welcome, Fatemeh");
        clientPage
                .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("short");
        clientPage.getByLabel("Type the password again").fill("short");
        clientPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password"))
                .click();
        assertThat(fieldError(clientPage, "Please use at least 12 characters")).isVisible();

        clientPage
                .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("a calm blue morning");
        clientPage.getByLabel("Type the password again").fill("a calm blue morning");
        clientPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password"))
                .click();
        assertThat(heading(clientPage)).hasText("Welcome, Fatemeh");
        assertThat(clientPage).hasURL(Pattern.compile(".*/my-space$"));
        assertThat(count("SIGN_IN")).isPositive();

        clientPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(heading(clientPage)).hasText("ClearMind Counselling Clinic");
        signIn(clientPage, "fatemeh.rahimi@example.com", "a calm blue morning");
        assertThat(heading(clientPage)).hasText("Welcome, Fatemeh");

        clientPage.navigate(path);
        assertThat(heading(clientPage)).hasText("This link can't be used");
        client.close();
    }

    @Test
    void failed_and_successful_sign_ins_are_audited() {
        long failedBefore = count("SIGN_IN_FAILED");
        long okBefore = count("SIGN_IN");

        signIn(page, "sam@clearmind.example", "not the password");
        assertThat(page.getByText("That email and password don't match")).isVisible();
        signIn(page, "sam@clearmind.example", PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Sam Richard");

        assertThat(count("SIGN_IN_FAILED")).isEqualTo(failedBefore + 1);
        assertThat(count("SIGN_IN")).isEqualTo(okBefore + 1);
    }

    @Test
    void a_signed_in_person_at_an_unknown_address_gets_a_friendly_page() {
        signIn(page, "zoe@clearmind.example", PASSWORD);
        assertThat(heading(page)).hasText("Welcome, Zoë Tremblay");

        page.navigate("/no-such-page");

        assertThat(heading(page)).hasText("We couldn't find that page");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page")))
                .isVisible();
    }

    private long count(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
    }
}
