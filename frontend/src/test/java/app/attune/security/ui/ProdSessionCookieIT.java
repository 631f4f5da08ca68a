package app.attune.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.test.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the settings docker-compose.yml runs Attune with (profile prod, behind the TLS proxy), the session cookie is
 * Secure, HttpOnly and SameSite=Lax, on a real HTTP response. The demo over plain http keeps a cookie it can use
 * (WebHardeningTest). It keeps a context of its own because the prod profile is what it tests; as an {@code IT} it
 * runs under Failsafe, outside the JVM that shares FrontendTest's context.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProdSessionCookieIT {

    @LocalServerPort
    int port;

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site_lax() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie.split(";\\s*")).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
