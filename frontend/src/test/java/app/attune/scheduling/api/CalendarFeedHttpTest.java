package app.attune.scheduling.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.base.Tokens;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A calendar app fetches the therapist's feed over plain HTTP, with no sign-in; a wrong address finds nothing. */
@FrontendTest
class CalendarFeedHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeFeeds() {
        jdbc.update("delete from calendar_feed");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_calendar_app_reads_the_feed_with_initials_and_no_names() throws Exception {
        String token = Tokens.newToken();
        UUID leila = jdbc.queryForObject("select id from app_user where email = 'leila@clearmind.example'", UUID.class);
        jdbc.update("insert into calendar_feed (therapist_id, token_hash) values (?, ?)", leila, Tokens.hash(token));

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
