package app.attune.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestSchedule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@FrontendTest
class TodayScreenTest extends ScreenTest {

    @Test
    void a_therapist_sees_todays_appointments_with_links_to_the_client_and_the_session_note() {
        var zone = ZoneId.of("America/Halifax");
        var today = LocalDate.now(zone);
        var schedule = new TestSchedule(context, clinic);
        var sam = clinic.therapist("Sam Today");
        var dan = clinic.clientOf(sam, "Daniel Okafor");
        var id = schedule.session(dan, today, LocalTime.of(6, 0), null);
        clinic.signIn(sam);

        // The test starts on Today already (the home it lands on); leave and come back to read the new day.
        navigate("clients", com.vaadin.flow.component.html.Main.class);
        navigate(TodayView.class);

        // This test's therapist has this one session today, at 6:00.
        var item = $(ListItem.class).all().stream()
                .filter(li -> li.getElement().getTextRecursively().contains("6:00"))
                .findFirst()
                .orElseThrow();
        assertThat(item.getElement().getTextRecursively()).contains("6:00", "6:50", "Session", "Booked");
        assertThat($(Anchor.class, item).withText("Open the client").single().getHref())
                .isEqualTo("clients/" + dan.id());
        assertThat($(Anchor.class, item).withText("Session note").single().getHref())
                .isEqualTo("notes/for-appointment/" + id);
    }
}
