package app.attune.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response says to the browser, and how Attune answers requests that are broken or too big. */
@FrontendTest
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_a_content_security_policy_frame_refusal_and_a_same_origin_referrer_policy() throws Exception {
        var response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // Plain HTTP here: HSTS is for responses over TLS only.
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void over_plain_http_as_in_the_demo_the_session_cookie_is_http_only_and_same_site_lax_but_not_secure()
            throws Exception {
        // Secure comes with the prod profile (ProdSessionCookieIT); without it the demo on http://localhost works.
        var cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();

        assertThat(cookie.split(";\\s*")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void an_oversized_header_is_refused_with_a_client_error_not_a_server_error() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Padding", "x".repeat(64_000))
                .build();

        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isBetween(400, 499);
    }

    @Test
    void a_huge_json_post_and_invalid_utf8_get_client_errors() throws Exception {
        var huge = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/consultations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(3_000_000) + "\"}"))
                .build();
        assertThat(http.send(huge, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isBetween(400, 499);

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
    /** A request sent byte for byte, as a program that isn't a browser might; the whole answer, as text. */
    private String raw(String request) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            var out = socket.getOutputStream();
            // ISO-8859-1 turns each char below 256 into that byte, so a test can send bytes that aren't UTF-8.
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblemJson(String response, int status) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        assertThat(head).as(response).startsWith("HTTP/1.1 " + status);
        assertThat(head.toLowerCase(java.util.Locale.ROOT))
                .as(response)
                .contains("content-type: application/problem+json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body)
                .as(response)
                .contains("\"status\":" + status, "\"title\":", "\"detail\":")
                .doesNotContain("<html", "Exception", "Tomcat", "org.springframework");
    }

    @Test
    void every_error_from_the_api_is_problem_json_never_an_html_page() throws Exception {
        String end = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        String json = "{\"name\": ";
        var cases = new java.util.LinkedHashMap<String, Integer>();
        // too long a request line or header: Tomcat refuses these before the application sees them
        cases.put("GET /api/public/therapists?x=" + "a".repeat(70_000) + end + "\r\n", 400);
        cases.put("GET /api/public/therapists" + end + "X-Padding: " + "x".repeat(70_000) + "\r\n\r\n", 400);
        // unreadable JSON, a body that isn't JSON, a method the address doesn't take, an unknown address
        cases.put(
                "POST /api/public/consultations" + end + "Content-Type: application/json\r\nContent-Length: "
                        + json.length() + "\r\n\r\n" + json,
                400);
        cases.put(
                "POST /api/public/consultations" + end + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi",
                415);
        cases.put("DELETE /api/public/therapists" + end + "\r\n", 404);
        cases.put("GET /api/public/nothing-here" + end + "Accept: text/html\r\n\r\n", 404);
        // a NUL, a control character and bytes that aren't UTF-8 in the path, and a backslash the firewall refuses
        cases.put("GET /api/public/consultations/%00/cancel" + end + "\r\n", 400);
        cases.put("POST /api/public/consultations/%07abc/cancel" + end + "Content-Length: 0\r\n\r\n", 404);
        cases.put("GET /api/public/x\u00C3(" + end + "\r\n", 400);
        cases.put("GET /api/public/a%5Cb" + end + "\r\n", 400);
        var wrong = new java.util.ArrayList<String>();

        for (var c : cases.entrySet()) {
            try {
                assertProblemJson(raw(c.getKey()), c.getValue());
            } catch (AssertionError e) {
                wrong.add(c.getKey().substring(0, Math.min(60, c.getKey().length())) + " -> "
                        + e.getMessage()
                                .substring(0, Math.min(400, e.getMessage().length())));
            }
        }

        assertThat(wrong).isEmpty();
    }
}
