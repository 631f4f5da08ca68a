package app.attune.consultation.ui;

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
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A visitor books a free consultation on a phone, and later cancels it through the emailed link. */
@FrontendTest
class BookingJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_visitor_books_on_a_phone_in_their_own_time_zone_and_cancels_through_the_emailed_link() {
        var phone = browser.newPhoneVisitor(baseUrl());
        var page = phone.newPage();
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a free 15-minute consultation"))
                .click();

        assertThat(page.getByText("Times are shown in your time zone: Eastern Time (America/Toronto)."))
                .isVisible();
        var firstTime = page.locator(".attune-times vaadin-button").first();
        String label = firstTime.textContent();
        firstTime.click();
        assertThat(page.getByText("You chose")).containsText(label.strip());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/booking-phone.png"))
                .setFullPage(true));

        page.getByLabel("Your name").fill("Sara Ng");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("sara.ng@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book my free consultation"))
                .click();
        assertThat(page.getByText("Please agree to be contacted").first()).isVisible();

        page.getByText("I agree to be contacted").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book my free consultation"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're booked")))
                .isVisible();
        assertThat(page.getByText(Pattern.compile("Your reference is [A-Z0-9]{4}-[A-Z0-9]{4}")))
                .isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation where email = 'sara.ng@example.org'", Long.class))
                .isEqualTo(1);

        var mail = TestMailServer.greenMail();
        await().atMost(Browser.PATIENCE)
                .until(() -> mail.getReceivedMessagesForDomain("sara.ng@example.org").length > 0);
        String body = GreenMailUtil.getWholeMessage(mail.getReceivedMessagesForDomain("sara.ng@example.org")[0])
                .replace("=\r\n", "");
        var link = Pattern.compile("/consultation/[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(body).contains("BEGIN:VCALENDAR");

        page.navigate(link.group());
        assertThat(page.getByText("It's booked.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the consultation"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel it"))
                .click();
        assertThat(page.getByText("It's cancelled.")).isVisible();
        phone.close();
    }
}
