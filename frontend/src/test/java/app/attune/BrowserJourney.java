package app.attune;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser journey shares: one Chromium per class, a fresh window per test, and signing in. */
public abstract class BrowserJourney {

    /** The demo accounts' password. */
    protected static final String DEMO_PASSWORD = "attune-demo-2026";

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext visitor;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        // Browser sets one patience for actions, navigations and assertions alike (Browser.PATIENCE).
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openWindow() {
        visitor = browser.newVisitor(baseUrl());
        page = visitor.newPage();
    }

    @AfterEach
    void closeWindow() {
        visitor.close();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected static void signIn(Page p, String email, String password) {
        p.navigate("/login");
        p.locator("input[name='username']").fill(email);
        p.locator("input[name='password']").fill(password);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /**
     * The message a field shows under itself. Not {@code getByText}: Vaadin also announces the message to screen
     * readers in a live region that lingers on a busy machine, so the text is then on the page twice.
     */
    protected static Locator fieldError(Page p, String text) {
        return p.locator("[slot='error-message']").filter(new Locator.FilterOptions().setHasText(text));
    }

    protected static Locator heading(Page p) {
        return p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
