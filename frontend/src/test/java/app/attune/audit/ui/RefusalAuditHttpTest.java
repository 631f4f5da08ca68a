package app.attune.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Requests refused by the web rules, over real HTTP: which are audited, and which are left out as bot noise. */
@FrontendTest
class RefusalAuditHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private long anonymousRefusals() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_role = 'ANONYMOUS'",
                Long.class);
    }

    @Test
    void a_visitor_asking_for_a_staff_screen_by_its_address_is_sent_to_sign_in_and_the_refusal_is_audited()
            throws Exception {
        long before = anonymousRefusals();

        assertThat(get("/clients")).isEqualTo(302);

        assertThat(anonymousRefusals()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select record_type || ' ' || record_id from audit_event
                where action = 'ACCESS_DENIED' and actor_role = 'ANONYMOUS' order by id desc limit 1""", String.class)).isEqualTo("route /clients");
    }

    @Test
    void a_visitors_probe_for_something_that_is_not_a_screen_is_refused_without_an_audit_row() throws Exception {
        long before = anonymousRefusals();

        assertThat(get("/wp-login.php")).isEqualTo(302);
        assertThat(get("/actuator/env")).isBetween(300, 403);

        assertThat(anonymousRefusals()).isEqualTo(before);
    }
}
