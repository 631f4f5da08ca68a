package app.attune.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Chromium (Debian's, or ATTUNE_CHROMIUM), as the journeys use it. */
final class Chromium implements AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        Path chromium = Path.of(Bench.env("ATTUNE_CHROMIUM", "/usr/bin/chromium"));
        boolean local = Files.isExecutable(chromium);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(local ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (local) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    BrowserContext visitor(String baseUrl) {
        var context = browser.newContext(
                new Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("en-CA"));
        context.setDefaultTimeout(60_000);
        return context;
    }

    static void signIn(Page p, String email) {
        p.navigate("/login");
        p.locator("input[name='username']").fill(email);
        p.locator("input[name='password']").fill(Bench.PASSWORD);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        p.waitForURL(url -> !url.contains("/login"));
        heading(p).waitFor();
    }

    static com.microsoft.playwright.Locator heading(Page p) {
        return p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
