package app.attune.scheduling.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.BrowserJourney;
import app.attune.FrontendTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A therapist books a weekly series by clicking a free time on the calendar and confirms past a taken date; a client
 * finds their sessions on a phone and takes one into their own calendar.
 */
@FrontendTest
class SchedulingJourneyTest extends BrowserJourney {

    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    @Autowired
    JdbcTemplate jdbc;

    private java.util.UUID aoifes;

    @AfterEach
    void removeFaridsMondaySeries() {
        if (aoifes != null) {
            jdbc.update("delete from appointment where id = ?", aoifes);
        }
        jdbc.update("""
                delete from therapy_session where appointment_id in (select a.id from appointment a
                  join client c on c.id = a.client_id where c.email = 'farid@clearmind.example'
                  and extract(isodow from a.starts_at at time zone 'America/Halifax') = 1)""");
        jdbc.update("""
                delete from appointment a using client c where c.id = a.client_id
                  and c.email = 'farid@clearmind.example'
                  and extract(isodow from a.starts_at at time zone 'America/Halifax') = 1""");
    }

    @Test
    void a_therapist_books_a_weekly_series_from_a_free_time_and_books_around_a_taken_date() {
        // Aoife has a session on the second Monday of Farid's series, at the same time.
        var monday = LocalDate.now(HALIFAX)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(7);
        aoifes = jdbc.queryForObject(
                "insert into appointment (therapist_id, kind, starts_at, ends_at, client_id)"
                        + " select c.primary_therapist_id, 'SESSION', ?, ?, c.id from client c"
                        + " where c.email = 'aoife.obrien@example.com' returning id",
                java.util.UUID.class,
                java.sql.Timestamp.from(
                        monday.plusWeeks(1).atTime(11, 0).atZone(HALIFAX).toInstant()),
                java.sql.Timestamp.from(
                        monday.plusWeeks(1).atTime(11, 50).atZone(HALIFAX).toInstant()));
        signIn(page, "leila@clearmind.example", DEMO_PASSWORD);
        assertThat(heading(page)).hasText("Good to see you, Leila Moradi");

        page.navigate("/calendar?date=" + monday + "&view=day");
        assertThat(heading(page)).hasText("Calendar");
        // The day starts at 7:00 and a minute is a pixel: 11:00 is 240 pixels down the column.
        page.locator(".attune-cal-day").click(new Locator.ClickOptions().setPosition(40, 245));

        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("New session")).isVisible();
        dialog.getByLabel("Client").fill("Farid");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Farid Ahmadi"))
                .click();
        dialog.getByLabel("Repeats").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Every week"))
                .click();
        dialog.getByRole(AriaRole.SPINBUTTON, new Locator.GetByRoleOptions().setName("Number of sessions"))
                .fill("4");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book"))
                .click();

        assertThat(page.getByText("Some dates are taken")).isVisible();
        assertThat(page.getByText("a session with Aoife O'Brien").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the other 3"))
                .click();

        assertThat(page.getByText("3 sessions booked; 1 taken dates left out.")).isVisible();
        var starts = jdbc.queryForList("""
                select to_char(a.starts_at at time zone 'America/Halifax', 'YYYY-MM-DD HH24:MI') from appointment a
                join client c on c.id = a.client_id where c.email = 'farid@clearmind.example' and a.status = 'BOOKED'
                  and extract(isodow from a.starts_at at time zone 'America/Halifax') = 1 order by a.starts_at""", String.class);
        assertThat(starts)
                .containsExactly(monday + " 11:00", monday.plusWeeks(2) + " 11:00", monday.plusWeeks(3) + " 11:00");
    }

    @Test
    void a_client_sees_their_sessions_on_a_phone_and_downloads_one_to_their_calendar() throws Exception {
        var phone = browser.newPhoneVisitor(baseUrl());
        try {
            var p = phone.newPage();
            signIn(p, "zoe@clearmind.example", DEMO_PASSWORD);
            assertThat(heading(p)).containsText("Zoë");
            p.navigate("/my-sessions");
            assertThat(heading(p)).hasText("My sessions");
            assertThat(p.getByText("With Leila Moradi").first()).isVisible();

            var download = p.waitForDownload(
                    () -> p.getByText("Add to my calendar").first().click());

            String ics = Files.readString(download.path());
            assertThat(ics)
                    .contains("BEGIN:VCALENDAR", "Session with Leila Moradi")
                    .doesNotContain("Zoë");
            // Nothing on the page is wider than the phone's screen.
            assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .isTrue();
        } finally {
            phone.close();
        }
    }
}
