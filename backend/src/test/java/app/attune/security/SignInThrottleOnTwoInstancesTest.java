package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.SecondInstance;
import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in throttle behind a load balancer that sends each attempt to another instance: both count in PostgreSQL,
 * so they throttle one account and one address as one (decision 019). The instances share the clock as well.
 */
@IntegrationTest
@ActiveProfiles("demo")
class SignInThrottleOnTwoInstancesTest {

    /** An address of this test's own: the addresses' counts outlive a test. */
    static final String ADDRESS = "192.0.2.250";

    @Autowired
    ThrottledAuthenticationProvider signIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void twenty_five_failed_sign_ins_spread_over_two_instances_are_throttled_as_one_account_and_one_address() {
        clock.set(SecurityTestClock.NOON);
        var second = SecondInstance.beside(context);
        var clinic = new TestClinic(context);
        String guessed = clinic.uniqueEmail("guessed");
        clinic.accountOnce(guessed, "THERAPIST", "Leila Moradi");
        var signIns = List.of(signIn, second.getBean(ThrottledAuthenticationProvider.class));
        var throttles = List.of(throttle, second.getBean(SignInThrottle.class));

        for (int i = 0; i < 25; i++) {
            // Each attempt waits as long as the instance it reaches says, so none is refused before it is counted.
            throttles.get(i % 2).waitBeforeNextAttempt(guessed, ADDRESS).ifPresent(clock::advance);
            var on = signIns.get(i % 2);
            assertThatThrownBy(() -> attempt(on, guessed, "not-the-right-password"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        String another = clinic.uniqueEmail("another");
        for (var each : throttles) {
            assertThat(each.failuresFrom(ADDRESS)).isEqualTo(25);
            // One account with 25 failures waits the longest there is, 15 minutes.
            assertThat(each.waitBeforeNextAttempt(guessed, ADDRESS)).contains(Duration.ofMinutes(15));
            // One address with 25 failures, 20 of them free: 2⁵ seconds, for every account tried from it.
            assertThat(each.waitBeforeNextAttempt(another, ADDRESS)).contains(Duration.ofSeconds(32));
        }
        for (var on : signIns) {
            assertThatThrownBy(() -> attempt(on, guessed, TestClinic.PASSWORD))
                    .isInstanceOf(SignInThrottledException.class);
        }
    }

    private static void attempt(ThrottledAuthenticationProvider on, String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(ADDRESS, null));
        on.authenticate(token);
    }
}
