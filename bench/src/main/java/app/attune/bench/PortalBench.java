package app.attune.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

/**
 * (d) A client's "My practices" and recording "I did it", end to end over HTTP in headless Chromium. The page is
 * paired with the sign-in page (a screen with no data: the floor of any page); the completion (from pressing Save to
 * the thank-you) with the same completion as one INSERT through JDBC.
 */
public final class PortalBench {

    public static void main(String[] args) throws Exception {
        int runs = Bench.runs(30);
        String client = "client00001@bench.example";
        try (var app = Bench.App.start(Bench.database(), 18085, Map.of());
                var chromium = new Chromium();
                var jdbc = Bench.connect(Bench.database())) {
            app.awaitHealthy(Duration.ofMinutes(3));
            var context = chromium.visitor(app.base());
            var p = context.newPage();
            Chromium.signIn(p, client);
            var page = Bench.measure("My practices, full page load", 3, runs, () -> openMyPractices(p));
            var anonymous = chromium.visitor(app.base()).newPage();
            var floor = Bench.measure("sign-in page, full page load", 3, runs, () -> {
                anonymous.navigate("/login");
                anonymous.locator("input[name='username']").waitFor();
            });
            Bench.report(page, floor);

            Instant runStart = Instant.now().minusSeconds(1);
            var saves = new ArrayList<Double>();
            for (int i = 0; i < runs + 3; i++) {
                openMyPractices(p);
                p.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^I did it: ")))
                        .first()
                        .click();
                p.getByLabel("Distress before").fill("6");
                p.getByLabel("Distress after").fill("3");
                double ms = Bench.time(() -> {
                    p.getByRole(
                                    AriaRole.BUTTON,
                                    new Page.GetByRoleOptions().setName("Save").setExact(true))
                            .click();
                    p.getByText("Saved. Thank you for taking this time for yourself.")
                            .first()
                            .waitFor();
                });
                if (i >= 3) {
                    saves.add(ms);
                }
            }
            UUID assignment;
            try (var st = jdbc.prepareStatement("select a.id from assignment a join client c on c.id = a.client_id"
                    + " where c.email = ? and a.status = 'ACTIVE' limit 1")) {
                st.setString(1, client);
                var rs = st.executeQuery();
                rs.next();
                assignment = rs.getObject(1, UUID.class);
            }
            var insert = Bench.measure("the completion's INSERT through JDBC", 3, runs, () -> {
                try (var ps = jdbc.prepareStatement("insert into completion (assignment_id, done_at, distress_before,"
                        + " distress_after, idempotency_key) values (?, ?, 6, 3, ?)")) {
                    ps.setObject(1, assignment);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.setObject(3, UUID.randomUUID());
                    ps.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Bench.report(Bench.Figures.of("I did it: Save to thank-you", saves), insert);
            try (var ps = jdbc.prepareStatement("delete from completion where created_at >= ?")) {
                ps.setTimestamp(1, Timestamp.from(runStart));
                System.out.println("removed the run's " + ps.executeUpdate() + " completions again");
            }
        }
    }

    private static void openMyPractices(Page p) {
        p.navigate("/my/practices");
        Chromium.heading(p).waitFor();
        p.locator(".attune-practice-card").first().waitFor();
    }

    private PortalBench() {}
}
