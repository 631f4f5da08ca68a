package app.attune.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.HttpVisitor;
import app.attune.security.SignInProperties;
import app.attune.security.SignInThrottle;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who a request comes from, over real HTTP: forwarded headers are believed from the trusted proxy
 * ({@link FrontendTest#TRUSTED_PROXY}) only. Each test signs in from loopback addresses of its own (127.0.1.x), as the
 * sign-in throttle keeps its per-address counts in memory for the whole shared application.
 */
@FrontendTest
class ForwardedHeadersTest {

    private static final int ATTEMPTS = 25;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInProperties signIn;

    private static String unknownEmail() {
        // a new email each time, so only the per-address limit can come into play
        return "nobody-" + UUID.randomUUID() + "@example.org";
    }

    private static String[] spoofed(String header, String address) {
        return switch (header) {
            case "Forwarded" -> new String[] {header, "for=" + address + ";proto=https"};
            default -> new String[] {header, address};
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Forwarded-For", "X-Real-IP", "Forwarded"})
    void failed_sign_ins_from_one_untrusted_address_count_against_it_whatever_address_a_header_claims(String header)
            throws Exception {
        int n = NEXT_ADDRESS.getAndIncrement();
        String peer = "127.0.1." + n;
        // addresses of this test's own to claim, so no other test's counts mix in
        String claimed = "10." + n + ".0.";
        try (var visitor = HttpVisitor.from(peer, port)) {
            for (int i = 1; i <= ATTEMPTS; i++) {
                var response = visitor.signIn(unknownEmail(), "not the password", spoofed(header, claimed + i));
                assertThat(response.headers().firstValue("Location"))
                        .as("attempt " + i)
                        .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
            }
        }

        // Throttled attempts aren't counted, so the peer holds at least the free attempts: it is being slowed down.
        assertThat(throttle.failuresFrom(peer))
                .isGreaterThanOrEqualTo(signIn.throttle().ipFreeAttempts());
        assertThat(throttle.waitBeforeNextAttempt(unknownEmail(), peer)).isPresent();
        for (int i = 1; i <= ATTEMPTS; i++) {
            assertThat(throttle.failuresFrom(claimed + i))
                    .as("claimed address " + i)
                    .isZero();
        }
    }

    @Test
    void failed_sign_ins_through_the_trusted_proxy_count_against_the_addresses_it_forwards_for() throws Exception {
        String firstHop = "127.0.1." + NEXT_ADDRESS.getAndIncrement();
        try (var proxy = HttpVisitor.from(FrontendTest.TRUSTED_PROXY, port)) {
            for (int i = 1; i <= ATTEMPTS; i++) {
                // The proxy appends the address it saw; anything the visitor sent comes before it and is not read.
                var response = proxy.signIn(
                        unknownEmail(), "not the password", "X-Forwarded-For", "192.0.2.99, 198.18.0." + i);
                assertThat(response.headers().firstValue("Location"))
                        .as("attempt " + i)
                        .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
            }
        }

        for (int i = 1; i <= ATTEMPTS; i++) {
            assertThat(throttle.failuresFrom("198.18.0." + i))
                    .as("visitor " + i)
                    .isEqualTo(1);
        }
        assertThat(throttle.failuresFrom(FrontendTest.TRUSTED_PROXY)).isZero();
        assertThat(throttle.failuresFrom("192.0.2.99")).isZero();
        assertThat(throttle.failuresFrom(firstHop)).isZero();
    }

    @Test
    void only_the_trusted_proxy_can_say_a_request_came_over_https() throws Exception {
        try (var proxy = HttpVisitor.from(FrontendTest.TRUSTED_PROXY, port);
                var stranger = HttpVisitor.from("127.0.1." + NEXT_ADDRESS.getAndIncrement(), port)) {
            var throughProxy = proxy.get("/login", "X-Forwarded-For", "198.18.1.1", "X-Forwarded-Proto", "https");
            var direct = stranger.get("/login", "X-Forwarded-Proto", "https", "Forwarded", "proto=https");

            assertThat(throughProxy.headers().firstValue("Strict-Transport-Security"))
                    .isPresent();
            assertThat(throughProxy.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("Secure"));
            assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(direct.headers().allValues("Set-Cookie"))
                    .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
        }
    }
}
