package app.attune.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.Browser;
import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in safely: a new session id, an idle sign-out, signing out everywhere, a reset link, two-step sign-in. */
@FrontendTest
class AccountSecurityJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "a long walk by the harbour";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void policyBack() {
        jdbc.update("update sign_in_policy set require_staff_two_factor = false");
    }

    /** A staff account of this test's own, so that what it changes touches nobody else's sign-in. */
    private String newAccount(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@clearmind.example";
        jdbc.update(
                "insert into app_user (email, password_hash, role, display_name) values (?, ?, ?, ?)",
                email,
                encoder.encode(PASSWORD),
                role,
                "Robin Test");
        return email;
    }

    private static String sessionId(com.microsoft.playwright.BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }

    private static void click(Page p, String name) {
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        page.navigate("/login");
        assertThat(page.locator("input[name='username']")).isVisible();
        String before = sessionId(visitor);
        assertThat(before).isNotEmpty();

        signIn(page, "leila@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Leila Moradi");

        assertThat(sessionId(visitor)).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void an_idle_screen_warns_a_minute_before_and_then_signs_out() {
        page.clock().install();
        signIn(page, "leila@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Leila Moradi");

        page.clock().runFor(Duration.ofMinutes(14).plusSeconds(2).toMillis());
        var warning = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(warning).isVisible();
        assertThat(warning).containsText("Still there?");
        click(page, "Stay signed in");
        assertThat(warning).isHidden();

        page.clock().runFor(Duration.ofMinutes(15).plusSeconds(3).toMillis());

        assertThat(page).hasURL(Pattern.compile(".*/login\\?signed-out=idle$"));
        assertThat(page.getByText("you were signed out after a while without activity"))
                .isVisible();
        page.navigate("/today");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void signing_out_everywhere_ends_the_session_in_another_browser_too() {
        String email = newAccount("ADMIN");
        var other = browser.newVisitor(baseUrl());
        try {
            var elsewhere = other.newPage();
            signIn(elsewhere, email, PASSWORD);
            assertThat(elsewhere).not().hasURL(Pattern.compile(".*/login.*"));
            signIn(page, email, PASSWORD);
            assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

            page.navigate("/account");
            assertThat(heading(page)).hasText("Sign-in and security");
            click(page, "Sign out everywhere");
            page.getByRole(AriaRole.ALERTDIALOG)
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign out everywhere"))
                    .click();

            assertThat(page.getByText("You're now signed out on every device and browser."))
                    .isVisible();
            elsewhere.navigate("/account");
            assertThat(elsewhere).hasURL(Pattern.compile(".*/login.*"));
            assertThat(elsewhere.locator("input[name='username']")).isVisible();
        } finally {
            other.close();
        }
    }

    @Test
    void a_forgotten_password_is_reset_through_a_single_use_emailed_link() {
        String email = newAccount("ADMIN");
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/forgot-password$"));
        assertThat(heading(page)).hasText("Forgot your password?");
        page.getByLabel("Email").fill(email);
        click(page, "Send the link");
        assertThat(heading(page)).hasText("Please check your email");

        var mail = TestMailServer.greenMail();
        await().atMost(Browser.PATIENCE).until(() -> mail.getReceivedMessagesForDomain(email).length == 1);
        String body = GreenMailUtil.getBody(mail.getReceivedMessagesForDomain(email)[0])
                .replace("=\r\n", "");
        var link = Pattern.compile("/reset-password/[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).isTrue();

        page.navigate(link.group());
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("short");
        page.getByLabel("Type it again").fill("short");
        click(page, "Save my new password");
        assertThat(fieldError(page, "Please use at least 12 characters")).isVisible();

        String fresh = "the tide comes in twice a day";
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(fresh);
        page.getByLabel("Type it again").fill(fresh);
        click(page, "Save my new password");
        assertThat(page.getByText("Your new password is saved.")).isVisible();
        signIn(page, email, fresh);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(link.group());
        assertThat(page.getByText("This link has already been used.")).isVisible();
    }

    @Test
    void a_signed_in_person_changes_their_password_after_giving_the_current_one_and_signs_in_again_with_it() {
        String email = newAccount("THERAPIST");
        signIn(page, email, PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate("/account");
        assertThat(heading(page)).hasText("Sign-in and security");

        String fresh = "paper boats on a still pond";
        page.getByLabel("Current password").fill("not the current one at all");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(fresh);
        page.getByLabel("Type it again").fill(fresh);
        click(page, "Change my password");
        assertThat(fieldError(page, "That isn't your current password.")).isVisible();

        page.getByLabel("Current password").fill(PASSWORD);
        click(page, "Change my password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?reset$"));
        assertThat(page.getByText("Your new password is saved.")).isVisible();
        signIn(page, email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        signIn(page, email, fresh);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void two_step_sign_in_is_set_up_with_an_app_and_then_asked_for_at_every_sign_in() throws Exception {
        String email = newAccount("ADMIN");
        signIn(page, email, PASSWORD);
        page.navigate("/account");
        click(page, "Set up two-step sign-in");
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
                .isVisible();
        String secret = page.locator(".attune-secret").innerText().replace(" ", "");
        page.getByLabel("Code").fill("000000");
        click(page, "Turn on");
        assertThat(page.locator(".attune-code-field").getByText("That code doesn't match."))
                .isVisible();
        long step = System.currentTimeMillis() / 1000 / 30;
        page.getByLabel("Code").fill(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step));
        click(page, "Turn on");
        assertThat(page.getByText("Your recovery codes")).isVisible();
        var codes = page.locator(".attune-recovery-codes li").allInnerTexts();
        assertThat(codes).hasSize(10);
        click(page, "I've saved them");
        click(page, "Sign out");
        assertThat(page).not().hasURL(Pattern.compile(".*/account$"));

        signIn(page, email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        assertThat(heading(page)).hasText("One more step");
        page.getByLabel("Code").fill("123456");
        click(page, "Sign in");
        assertThat(page.getByText("That code doesn't match.")).isVisible();
        assertThat(page.getByText("You can try 4 more times.")).isVisible();
        page.getByLabel("Code").fill(codes.getFirst());
        click(page, "Sign in");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate("/account");
        assertThat(page.getByText("You have 9 unused recovery codes.")).isVisible();
    }

    @Test
    void when_the_clinic_requires_two_step_sign_in_staff_set_it_up_first() {
        jdbc.update("update sign_in_policy set require_staff_two_factor = true");
        String email = newAccount("ADMIN");

        signIn(page, email, PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.getByText("Your clinic asks everyone on staff to use two-step sign-in."))
                .isVisible();
        page.navigate("/clinic");
        assertThat(heading(page)).hasText("Sign-in and security");
    }
}
