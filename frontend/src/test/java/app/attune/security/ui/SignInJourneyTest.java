package app.attune.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import app.attune.security.SignInThrottle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person signs in through a real browser. */
@FrontendTest
class SignInJourneyTest extends BrowserJourney {

    private static final String PASSWORD = DEMO_PASSWORD;
    private static final String MISMATCH = "That email and password don't match";

    @Autowired
    SignInThrottle throttle;

    private void signIn(String email, String password) {
        signIn(page, email, password);
    }

    @Test
    void a_therapist_signs_in_and_sees_today() {
        signIn("leila@clearmind.example", PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Good to see you, Leila Moradi");
        assertThat(page).hasTitle("Today · ClearMind Counselling Clinic");
    }

    @Test
    void a_wrong_password_shows_a_plain_error() {
        signIn("leila@clearmind.example", "not-the-right-password");

        assertThat(page.getByText(MISMATCH)).isVisible();
    }

    @Test
    void an_unknown_email_gets_the_same_message_as_a_wrong_password() {
        signIn("nobody@clearmind.example", PASSWORD);

        assertThat(page.getByText(MISMATCH)).isVisible();
    }

    @Test
    void after_many_failed_attempts_the_form_asks_to_wait_instead_of_checking_the_password() {
        String email = "guessed-" + UUID.randomUUID() + "@clearmind.example";
        for (int i = 0; i < 15; i++) {
            throttle.failed(email, null);
        }

        signIn(email, PASSWORD);

        assertThat(page.getByText("Too many attempts. Please wait 15 minutes and try again."))
                .isVisible();
        assertThat(page.getByText(MISMATCH)).hasCount(0);
    }

    @Test
    void a_client_cannot_open_a_therapists_page() {
        signIn("zoe@clearmind.example", PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Zoë Tremblay");

        page.navigate("/today");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("We couldn't find that page");
        assertThat(page.getByText("Good to see you")).hasCount(0);
    }

    @Test
    void a_visitor_who_asks_for_a_private_page_is_asked_to_sign_in() {
        page.navigate("/today");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.locator("input[name='username']")).isVisible();
    }
}
