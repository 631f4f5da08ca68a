package app.attune;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for the journeys: Debian's {@code /usr/bin/chromium}, or the one named by
 * {@code ATTUNE_CHROMIUM}; Playwright never downloads a browser of its own where one of those exists.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /**
     * How long a journey waits for a state (an element, a URL, a text) before it fails: long enough for a shared CI
     * machine with both cores busy, where a page can take several seconds to answer. Journeys wait for states,
     * never for time, so a fast machine doesn't wait this long.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path chromium = Path.of(System.getenv().getOrDefault("ATTUNE_CHROMIUM", "/usr/bin/chromium"));
        boolean local = Files.isExecutable(chromium);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(local ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (local) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE.toMillis());
    }

    /** A fresh, cookie-less browser window, as a new visitor would have, at the given base URL. */
    public BrowserContext newVisitor(String baseUrl) {
        var context =
                browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("en-CA"));
        patient(context);
        return context;
    }

    /** A visitor on a phone-sized screen (390 by 844, touch), as most clients will be. */
    public BrowserContext newPhoneVisitor(String baseUrl) {
        var context = browser.newContext(new NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-CA")
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true)
                .setTimezoneId("America/Toronto"));
        patient(context);
        return context;
    }

    private static void patient(BrowserContext context) {
        context.setDefaultTimeout(PATIENCE.toMillis());
        context.setDefaultNavigationTimeout(PATIENCE.toMillis());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
