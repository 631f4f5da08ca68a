package app.attune.scheduling.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.base.Tokens;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestSchedule;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A calendar app fetches the therapist's feed over plain HTTP, with no sign-in; a wrong address finds nothing. */
@FrontendTest
class CalendarFeedHttpTest {

    private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private TestClinic clinic;
    private final List<UUID> booked = new ArrayList<>();

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinic(context);
    }

    @AfterEach
    void removeFeedsSessionsAndAccounts() {
        jdbc.update("delete from calendar_feed");
        for (UUID id : booked) {
            jdbc.update("delete from therapy_session where appointment_id = ?", id);
            jdbc.update("delete from appointment where id = ?", id);
        }
        clinic.closeAccounts();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_calendar_app_reads_the_feed_with_initials_and_no_names() throws Exception {
        // This test's own therapist, with a session next week with each of two clients.
        var schedule = new TestSchedule(context, clinic);
        Person leila = clinic.therapist("Leila Moradi");
        schedule.weekdaysNineToFive(leila);
        var nextMonday = LocalDate.now(HALIFAX).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        booked.add(schedule.session(clinic.clientOf(leila, "Zoë Tremblay"), nextMonday, LocalTime.of(10, 0), "Room 2"));
        booked.add(schedule.session(
                clinic.clientOf(leila, "Farid Ahmadi"), nextMonday.plusDays(1), LocalTime.of(10, 0), "Room 2"));
        String token = Tokens.newToken();
        jdbc.update(
                "insert into calendar_feed (therapist_id, token_hash) values (?, ?)", leila.id(), Tokens.hash(token));

        var response = get("/calendar-feed/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(response.body())
                .contains("BEGIN:VCALENDAR", "Session · Z. T.")
                .doesNotContain("Zoë", "Tremblay", "Farid");
        // Exactly one DTSTAMP per event (RFC 5545); strict calendar apps drop an event with two.
        var events =
                new CalendarBuilder().build(new StringReader(response.body())).<VEvent>getComponents(Component.VEVENT);
        assertThat(events)
                .isNotEmpty()
                .allSatisfy(event ->
                        assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1));
    }

    @Test
    void an_unknown_or_revoked_address_is_not_found_and_never_asks_to_sign_in() throws Exception {
        var response = get("/calendar-feed/" + Tokens.newToken() + ".ics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
