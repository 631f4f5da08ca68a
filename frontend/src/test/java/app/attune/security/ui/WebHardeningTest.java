package app.attune.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.attune.FrontendTest;

/** What every response says to the browser, and how Attune answers requests that are broken or too big. */
@FrontendTest
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_a_content_security_policy_frame_refusal_and_a_same_origin_referrer_policy() throws Exception {
        var response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // Plain HTTP here: HSTS is for responses over TLS only.
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void over_plain_http_as_in_the_demo_the_session_cookie_is_http_only_and_same_site_lax_but_not_secure()
            throws Exception {
        // Secure comes with the prod profile (ProdSessionCookieTest); without it the demo on http://localhost works.
        var cookie = get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();

        assertThat(cookie.split(";\\s*")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void an_oversized_header_is_refused_with_a_client_error_not_a_server_error() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Padding", "x".repeat(64_000)).build();

        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isBetween(400, 499);
    }

    @Test
    void a_huge_json_post_and_invalid_utf8_get_client_errors() throws Exception {
        var huge = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/consultations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(3_000_000) + "\"}")).build();
        assertThat(http.send(huge, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(400, 499);

        // A raw request with bytes that are not UTF-8 in its path.
        try (var socket = new Socket("localhost", port)) {
            var out = socket.getOutputStream();
            out.write("GET /clients/".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            out.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(statusLine).startsWith("HTTP/1.1 4");
        }
    }

    @Test
    void an_error_never_shows_a_stack_trace_or_sql() throws Exception {
        var response = get("/api/public/consultation-slots?from=not-a-date&to=2026-12-01");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at app.attune", "select ", "org.springframework");
    }
}
