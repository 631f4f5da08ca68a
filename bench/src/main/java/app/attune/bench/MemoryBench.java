package app.attune.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/**
 * (e) Live heap after a full GC (jcmd GC.run, then GC.heap_info) of the application in its own process: with the
 * generated data against an empty database, then per signed-in staff session and per anonymous booking visitor,
 * from N headless Chromium windows kept open meanwhile.
 */
public final class MemoryBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(Bench.env("BENCH_SESSIONS", "20"));
        long emptyHeap;
        try (var empty = new EmptyDatabase();
                var app = Bench.App.start(empty.name, 18084, Map.of())) {
            app.awaitHealthy(Duration.ofMinutes(3));
            emptyHeap = app.liveHeapAfterFullGc();
        }
        try (var app = Bench.App.start(Bench.database(), 18084, Map.of());
                var chromium = new Chromium()) {
            app.awaitHealthy(Duration.ofMinutes(3));
            long idle = app.liveHeapAfterFullGc();
            System.out.printf(
                    Locale.ROOT,
                    "heap after start, generated data %.1f MB; empty database %.1f MB; ratio %.2fx%n",
                    mb(idle),
                    mb(emptyHeap),
                    (double) idle / emptyHeap);

            // One of each first, so that classes loaded and caches filled once aren't counted per session.
            var warm = chromium.visitor(app.base());
            staff(warm, 50);
            var warmVisitor = chromium.visitor(app.base());
            visitor(warmVisitor);
            long before = app.liveHeapAfterFullGc();
            var beforeHistogram = app.histogram();
            long atStart = before;

            var open = new ArrayList<BrowserContext>();
            for (int i = 1; i <= n; i++) {
                var c = chromium.visitor(app.base());
                signedInOnly(c, 20 + i);
                open.add(c);
            }
            long signedIn = app.liveHeapAfterFullGc();
            System.out.printf(
                    Locale.ROOT,
                    "per staff session, signed in on Today only: %.0f KB%n",
                    (signedIn - before) / 1024.0 / n);
            beforeHistogram = app.histogram();
            before = app.liveHeapAfterFullGc();
            for (int i = 1; i <= n; i++) {
                var c = chromium.visitor(app.base());
                staff(c, i);
                open.add(c);
            }
            long withStaff = app.liveHeapAfterFullGc();
            System.out.println("what the staff sessions hold (classes that grew most, after a full GC):");
            app.histogramGrowth(beforeHistogram, 15).forEach(System.out::println);
            for (int i = 1; i <= n; i++) {
                var c = chromium.visitor(app.base());
                visitor(c);
                open.add(c);
            }
            long withVisitors = app.liveHeapAfterFullGc();
            System.out.printf(
                    Locale.ROOT,
                    "live heap: at start %.1f MB, before the full staff sessions %.1f MB, with %d"
                            + " of them %.1f MB, and %d visitors more %.1f MB%n",
                    mb(atStart),
                    mb(before),
                    n,
                    mb(withStaff),
                    n,
                    mb(withVisitors));
            System.out.printf(
                    Locale.ROOT,
                    "per signed-in staff session (caseload and calendar open): %.0f KB%n",
                    (withStaff - before) / 1024.0 / n);
            System.out.printf(
                    Locale.ROOT,
                    "per anonymous booking visitor (/book open): %.0f KB%n",
                    (withVisitors - withStaff) / 1024.0 / n);
            open.forEach(BrowserContext::close);
        }
    }

    private static void staff(BrowserContext c, int i) {
        var p = c.newPage();
        Chromium.signIn(p, "therapist%02d@bench.example".formatted(i));
        // through the menu, as a person moves about: one page, one UI, as in real use
        p.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Clients").setExact(true))
                .click();
        p.waitForURL("**/clients");
        p.locator("vaadin-grid").first().waitFor();
        p.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Calendar").setExact(true))
                .click();
        p.waitForURL("**/calendar**");
        Chromium.heading(p).waitFor();
    }

    private static void signedInOnly(BrowserContext c, int i) {
        Chromium.signIn(c.newPage(), "therapist%02d@bench.example".formatted(i));
    }

    private static void visitor(BrowserContext c) {
        var p = c.newPage();
        p.navigate("/book");
        Chromium.heading(p).waitFor();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private MemoryBench() {}
}
