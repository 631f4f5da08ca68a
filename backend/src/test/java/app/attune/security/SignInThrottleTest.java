package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class SignInThrottleTest {

    static final Instant NOON = SecurityTestClock.NOON;
    /** People of this test's own (made before each test), not the demo's. */
    static final String LEILA = "leila@sign-in-throttle.example";

    static final String SAM = "sam@sign-in-throttle.example";
    static final String ZOE = "zoe@sign-in-throttle.example";
    static final String PASSWORD = TestClinic.PASSWORD;

    @Autowired
    ThrottledAuthenticationProvider signIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** JUnit makes a new instance per test, so the count is shared: no two tests may guess from one address. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private String address;

    @BeforeEach
    void freshStart() {
        clock.set(NOON);
        var clinic = new TestClinic(context);
        clinic.accountOnce(LEILA, "THERAPIST", "Leila Moradi");
        clinic.accountOnce(SAM, "THERAPIST", "Sam Richard");
        clinic.accountOnce(ZOE, "CLIENT", "Zoë Tremblay");
        jdbc.update("delete from sign_in_attempt");
        // each test guesses from its own address, as the addresses' counts outlive a test (in sign_in_address_attempt)
        address = "192.0.2." + NEXT_ADDRESS.incrementAndGet();
    }

    Authentication attempt(String email, String password) {
        return attempt(email, password, address);
    }

    Authentication attempt(String email, String password, String from) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(from, null));
        return signIn.authenticate(token);
    }

    void wrongPassword(String email) {
        assertThatThrownBy(() -> attempt(email, "not-the-right-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_wrong_passwords_cost_nothing_then_each_further_attempt_waits_twice_as_long() {
        for (int i = 0; i < 4; i++) {
            wrongPassword(LEILA);
        }
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).isEmpty();

        wrongPassword(LEILA);
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).isEmpty();
        wrongPassword(LEILA);
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).contains(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        wrongPassword(LEILA);
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).contains(Duration.ofSeconds(4));
    }

    @Test
    void the_wait_never_grows_beyond_fifteen_minutes() {
        for (int i = 0; i < 30; i++) {
            throttle.waitBeforeNextAttempt(LEILA, address).ifPresent(clock::advance);
            wrongPassword(LEILA);
        }

        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt(LEILA, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_right_password_during_the_wait_is_refused_and_does_not_reset_the_count() {
        for (int i = 0; i < 5; i++) {
            wrongPassword(LEILA);
        }

        assertThatThrownBy(() -> attempt(LEILA, PASSWORD))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        e -> assertThat(e.minutesToWait()).isEqualTo(1));

        clock.advance(Duration.ofSeconds(1));
        wrongPassword(LEILA);
        assertThat(throttle.waitBeforeNextAttempt(LEILA, address)).contains(Duration.ofSeconds(2));
    }

    @Test
    void the_right_password_after_the_wait_signs_in_and_the_account_starts_afresh() {
        for (int i = 0; i < 7; i++) {
            throttle.waitBeforeNextAttempt(LEILA, address).ifPresent(clock::advance);
            wrongPassword(LEILA);
        }
        clock.advance(Duration.ofSeconds(4));

        assertThat(attempt(LEILA, PASSWORD).isAuthenticated()).isTrue();

        for (int i = 0; i < 4; i++) {
            wrongPassword(LEILA);
        }
        assertThat(throttle.waitBeforeNextAttempt(LEILA, "198.51.100.7")).isEmpty();
    }

    @Test
    void the_account_is_slowed_down_from_every_address_and_in_any_letter_case() {
        for (int i = 0; i < 5; i++) {
            wrongPassword(LEILA);
        }

        assertThatThrownBy(() -> attempt("Leila@Sign-In-Throttle.EXAMPLE", PASSWORD, "198.51.100.8"))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void an_email_without_an_account_is_slowed_down_just_like_one_with_an_account() {
        for (int i = 0; i < 5; i++) {
            wrongPassword("nobody-here@clearmind.example");
        }

        assertThatThrownBy(() -> attempt("nobody-here@clearmind.example", PASSWORD))
                .isInstanceOf(SignInThrottledException.class)
                .hasMessageNotContaining("nobody");
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down_for_all_of_them_but_others_are_not() {
        for (int i = 0; i < 20; i++) {
            wrongPassword("guess" + i + "@clearmind.example");
        }

        assertThatThrownBy(() -> attempt(SAM, PASSWORD)).isInstanceOf(SignInThrottledException.class);
        assertThat(attempt(SAM, PASSWORD, "198.51.100.9").isAuthenticated()).isTrue();
        assertThat(throttle.waitBeforeNextAttempt(ZOE, address)).isPresent();
    }

    @Test
    void the_hourly_purge_forgets_the_addresses_quiet_for_a_day_and_keeps_the_others() {
        String later = "198.51.100." + (200 + NEXT_ADDRESS.incrementAndGet());
        wrongPassword(LEILA);
        clock.advance(Duration.ofHours(12));
        assertThatThrownBy(() -> attempt(SAM, "not-the-right-password", later))
                .isExactlyInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofHours(13));

        assertThat(throttle.forgetQuietAddresses()).isPositive();

        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_address_attempt where address = ?", Long.class, address))
                .isZero();
        assertThat(throttle.failuresFrom(later)).isEqualTo(1);
    }
}
