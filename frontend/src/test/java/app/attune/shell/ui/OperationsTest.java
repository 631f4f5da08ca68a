package app.attune.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FrontendTest
class OperationsTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_is_public_and_reports_the_database() throws Exception {
        var response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void nothing_else_under_actuator_is_public() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void the_stylesheet_is_served_to_visitors_who_are_not_signed_in() throws Exception {
        var response = get("/styles/attune.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".attune-brand");
    }
}
