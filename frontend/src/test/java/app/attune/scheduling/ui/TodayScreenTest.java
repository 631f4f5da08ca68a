package app.attune.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@FrontendTest
class TodayScreenTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("sam@clearmind.example")
    void a_therapist_sees_todays_appointments_with_links_to_the_client_and_the_session_note() {
        var zone = ZoneId.of("America/Halifax");
        var today = LocalDate.now(zone);
        UUID sam = jdbc.queryForObject("select id from app_user where email = 'sam@clearmind.example'", UUID.class);
        UUID dan = jdbc.queryForObject("select id from client where email = 'daniel.okafor@example.com'", UUID.class);
        UUID id = jdbc.queryForObject(
                """
                insert into appointment (therapist_id, kind, starts_at, ends_at, client_id)
                values (?, 'SESSION', ?, ?, ?) returning id""",
                UUID.class,
                sam,
                Timestamp.from(today.atTime(LocalTime.of(6, 0)).atZone(zone).toInstant()),
                Timestamp.from(today.atTime(LocalTime.of(6, 50)).atZone(zone).toInstant()),
                dan);
        try {
            // The test starts on Today already (the home it lands on); leave and come back to read the new day.
            navigate("clients", com.vaadin.flow.component.html.Main.class);
            navigate(TodayView.class);

            // The demo's own sessions of the day may be listed too; this one is at 6:00, before any of them.
            var item = $(ListItem.class).all().stream()
                    .filter(li -> li.getElement().getTextRecursively().contains("6:00"))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getElement().getTextRecursively()).contains("6:00", "6:50", "Session", "Booked");
            assertThat($(Anchor.class, item)
                            .withText("Open the client")
                            .single()
                            .getHref())
                    .isEqualTo("clients/" + dan);
            assertThat($(Anchor.class, item).withText("Session note").single().getHref())
                    .isEqualTo("notes/for-appointment/" + id);
        } finally {
            jdbc.update("delete from appointment where id = ?", id);
        }
    }
}
