package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class PasswordChangeTest {

    static final Instant NOON = SecurityTestClock.NOON;
    /** A client login of this test's own (made before each test), not the demo's Farid. */
    static final String FARID = "farid@password-change.example";

    static final String CURRENT = "attune-demo-2026";
    static final String NEW_PASSWORD = "tea on the porch at dusk";

    @Autowired
    PasswordChange passwords;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void farid() {
        new TestClinic(context).accountOnce(FARID, "CLIENT", "Farid Ahmadi");
        currentPassword();
    }

    @AfterEach
    void currentPassword() {
        clock.set(NOON);
        jdbc.update("delete from sign_in_attempt where email = ?", FARID);
        jdbc.update(
                "update app_user set password_hash = ?, sessions_revoked_at = null where email = ?",
                encoder.encode(CURRENT),
                FARID);
    }

    String hash() {
        return jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, FARID);
    }

    long audited(String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_event e join app_user u on u.id = e.actor_id"
                        + " where u.email = ? and e.action = ?",
                Long.class,
                FARID,
                action);
    }

    @Test
    @WithUserDetails(value = FARID, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_current_password_and_a_good_new_one_change_it_end_every_session_and_are_audited() {
        long before = audited("PASSWORD_CHANGE");

        passwords.change(CURRENT, NEW_PASSWORD);

        assertThat(encoder.matches(NEW_PASSWORD, hash())).isTrue();
        assertThat(jdbc.queryForObject(
                        "select sessions_revoked_at from app_user where email = ?", Instant.class, FARID))
                .isEqualTo(NOON);
        assertThat(audited("PASSWORD_CHANGE")).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(value = FARID, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_wrong_current_password_is_refused_on_its_field_counts_as_a_failed_sign_in_and_changes_nothing() {
        String old = hash();

        assertThatThrownBy(() -> passwords.change("not my password at all", NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("current"));

        assertThat(hash()).isEqualTo(old);
        assertThat(jdbc.queryForObject("select failures from sign_in_attempt where email = ?", Integer.class, FARID))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = FARID, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void after_five_wrong_guesses_even_the_right_current_password_must_wait() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> passwords.change("guess number " + Math.random(), NEW_PASSWORD))
                    .isInstanceOf(InvalidInputException.class);
        }
        String old = hash();

        assertThatThrownBy(() -> passwords.change(CURRENT, NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .satisfies(p -> assertThat(p.field()).isEqualTo("current"))
                                .satisfies(p -> assertThat(p.message()).contains("wait")));
        assertThat(hash()).isEqualTo(old);
    }

    @Test
    @WithUserDetails(value = FARID, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_weak_same_or_personal_new_password_is_refused_on_its_field_and_changes_nothing() {
        String old = hash();
        for (String weak : new String[] {
            "short", CURRENT, "farid loves the sea", "ClearMind Counselling Clinic 1", "my attune password"
        }) {
            assertThatThrownBy(() -> passwords.change(CURRENT, weak))
                    .as(weak)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().field()).isEqualTo("password"));
        }
        assertThat(hash()).isEqualTo(old);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_can_change_a_password() {
        assertThatThrownBy(() -> passwords.change(CURRENT, NEW_PASSWORD)).isInstanceOf(AccessDeniedException.class);
    }
}
