package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class PasswordResetsTest {

    static final Instant NOON = SecurityTestClock.NOON;
    /** A client login of this test's own (made before each test), not the demo's Farid. */
    static final String FARID = "farid@password-resets.example";

    static final String NEW_PASSWORD = "a quiet walk by the harbour";
    static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");

    @Autowired
    PasswordResets resets;

    @Autowired
    ThrottledAuthenticationProvider signIn;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void fresh() {
        clock.set(NOON);
        new TestClinic(context).accountOnce(FARID, "CLIENT", "Farid Ahmadi");
        jdbc.update("delete from password_reset");
        jdbc.update("delete from outbox_email");
        jdbc.update("delete from sign_in_attempt");
        jdbc.update(
                "update app_user set password_hash = ?, sessions_revoked_at = null where email = ?",
                encoder.encode("attune-demo-2026"),
                FARID);
    }

    String emailedToken() {
        String body =
                jdbc.queryForObject("select body_text from outbox_email where to_address = ?", String.class, FARID);
        var m = LINK.matcher(body);
        assertThat(m.find()).as("the email carries a reset link").isTrue();
        return m.group(1);
    }

    @Test
    void asking_for_a_reset_emails_a_single_use_link_that_sets_a_new_password() {
        resets.request("  Farid@Password-Resets.EXAMPLE ");

        String token = emailedToken();
        assertThat(jdbc.queryForObject("select subject from outbox_email", String.class))
                .isEqualTo("Reset your password for ClearMind Counselling Clinic");
        assertThat(resets.check(token)).isEqualTo(ResetLink.VALID);
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset where token_hash = ?", Integer.class, token))
                .as("only a hash is stored")
                .isZero();

        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo(FARID);

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(FARID, NEW_PASSWORD))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> signIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(FARID, "attune-demo-2026")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(resets.check(token)).isEqualTo(ResetLink.USED);
        assertThatThrownBy(() -> resets.reset(token, "another long password here"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been used");
        assertThat(jdbc.queryForObject(
                        "select sessions_revoked_at from app_user where email = ?", Instant.class, FARID))
                .as("signed out everywhere")
                .isEqualTo(NOON);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_RESET'", Integer.class))
                .isPositive();
    }

    @Test
    void an_unknown_email_gets_the_same_quiet_answer_and_no_email() {
        resets.request("nobody-here@clearmind.example");

        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Integer.class))
                .isZero();
    }

    @Test
    void text_that_is_not_an_email_is_explained_on_the_field() {
        assertThatThrownBy(() -> resets.request("farid"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("email"));
    }

    @Test
    void an_expired_link_is_explained_and_changes_nothing() {
        resets.request(FARID);
        String token = emailedToken();
        clock.set(NOON.plus(Duration.ofMinutes(61)));

        assertThat(resets.check(token)).isEqualTo(ResetLink.EXPIRED);
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expired");
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(FARID, "attune-demo-2026"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_weak_password_is_refused_on_its_field_and_the_link_still_works() {
        resets.request(FARID);
        String token = emailedToken();

        assertThatThrownBy(() -> resets.reset(token, "password1234"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("password"));
        assertThatThrownBy(() -> resets.reset(token, "short"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");

        assertThat(resets.check(token)).isEqualTo(ResetLink.VALID);
    }

    @Test
    void a_newer_reset_spends_the_older_links_and_a_flood_of_requests_sends_only_three() {
        for (int i = 0; i < 5; i++) {
            resets.request(FARID);
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Integer.class))
                .isEqualTo(3);
        var tokens = jdbc.queryForList("select body_text from outbox_email", String.class).stream()
                .map(b -> {
                    var m = LINK.matcher(b);
                    m.find();
                    return m.group(1);
                })
                .toList();

        resets.reset(tokens.get(2), NEW_PASSWORD);

        assertThat(resets.check(tokens.get(0))).isEqualTo(ResetLink.USED);
        assertThat(resets.check(tokens.get(1))).isEqualTo(ResetLink.USED);
    }

    @Test
    void a_made_up_link_is_unknown() {
        assertThat(resets.check("not-a-real-token")).isEqualTo(ResetLink.UNKNOWN);
        assertThatThrownBy(() -> resets.reset("", NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("isn't valid");
    }
}
