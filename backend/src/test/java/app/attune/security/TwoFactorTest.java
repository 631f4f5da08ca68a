package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.Tokens;
import app.attune.fixture.TestClinic;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class TwoFactorTest {

    static final Instant NOON = SecurityTestClock.NOON;
    /** People of this test's own (made before each test), not the demo's. */
    static final String SAM = "sam@two-factor.example";

    static final String ADMIN = "admin@two-factor.example";
    static final String ZOE = "zoe@two-factor.example";
    static final String PASSWORD = TestClinic.PASSWORD;

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    ThrottledAuthenticationProvider signIn;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void people() {
        var clinic = new TestClinic(context);
        clinic.accountOnce(SAM, "THERAPIST", "Sam Richard");
        clinic.accountOnce(ADMIN, "ADMIN", "Clinic Administrator");
        clinic.accountOnce(ZOE, "CLIENT", "Zoë Tremblay");
    }

    @BeforeEach
    @AfterEach
    void twoFactorOff() {
        clock.set(NOON);
        jdbc.update("update app_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null");
        jdbc.update("delete from recovery_code");
        jdbc.update("delete from sign_in_attempt");
        jdbc.update("update sign_in_policy set require_staff_two_factor = false");
    }

    /** What Sam's authenticator app shows at the clock's time, offset by whole 30-second steps. */
    String appCode(String secret, int stepsFromNow) throws Exception {
        long step = clock.instant().getEpochSecond() / 30 + stepsFromNow;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    String enrol() throws Exception {
        String secret = twoFactor.start().secretForTyping().replace(" ", "");
        twoFactor.confirm(appCode(secret, 0));
        return secret;
    }

    Authentication password(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    Authentication code(PendingSecondFactor pending, String code) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(pending.email(), "");
        token.setDetails(new SecondStep() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public PendingSecondFactor pending() {
                return pending;
            }
        });
        return signIn.authenticate(token);
    }

    PendingSecondFactor passwordStep() {
        try {
            password(SAM, PASSWORD);
        } catch (SecondFactorRequiredException needed) {
            return needed.pending();
        }
        throw new AssertionError("the password alone signed in");
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void enrolment_draws_a_qr_code_and_turns_on_only_with_a_matching_code() throws Exception {
        var enrolment = twoFactor.start();
        assertThat(enrolment.qrSvg()).startsWith("<svg").contains("<path");
        String secret = enrolment.secretForTyping().replace(" ", "");

        assertThatThrownBy(() -> twoFactor.confirm("000000"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("doesn't match");
        assertThat(twoFactor.status().enabled()).isFalse();

        List<String> recovery = twoFactor.confirm(appCode(secret, 0));

        assertThat(recovery)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(true, 10, false));
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void sign_in_then_needs_a_code_and_each_code_works_only_once() throws Exception {
        String secret = enrol();
        clock.set(NOON.plusSeconds(90));

        var pending = passwordStep();
        assertThat(pending.email()).isEqualTo(SAM);
        String now = appCode(secret, 0);
        var signedIn = code(pending, now);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((AttuneUser) signedIn.getPrincipal()).email()).isEqualTo(SAM);

        var again = passwordStep();
        assertThatThrownBy(() -> code(again, now)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_code_outside_its_time_window_is_refused_but_one_step_of_drift_is_accepted() throws Exception {
        String secret = enrol();
        clock.set(NOON.plusSeconds(300));

        assertThatThrownBy(() -> code(passwordStep(), appCode(secret, -2))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> code(passwordStep(), appCode(secret, 2))).isInstanceOf(BadCredentialsException.class);
        assertThat(code(passwordStep(), appCode(secret, -1)).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_recovery_code_signs_in_once_whatever_its_case_and_dashes() throws Exception {
        String secret = twoFactor.start().secretForTyping().replace(" ", "");
        String recovery = twoFactor.confirm(appCode(secret, 0)).getFirst();

        assertThat(code(passwordStep(), recovery.toUpperCase().replace("-", " "))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> code(passwordStep(), recovery)).isInstanceOf(BadCredentialsException.class);
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void recovery_codes_are_stored_only_as_salted_slow_hashes_and_older_sha_256_ones_still_work_once()
            throws Exception {
        enrol();
        assertThat(jdbc.queryForList("select code_hash from recovery_code", String.class))
                .hasSize(10)
                .allMatch(hash -> hash.startsWith("{bcrypt}$2"))
                .as("salted: no two alike")
                .doesNotHaveDuplicates();

        String older = "abcd2345efgh6789";
        jdbc.update(
                "insert into recovery_code (user_id, code_hash, created_at)"
                        + " select id, ?, now() from app_user where email = ?",
                Tokens.hash(older),
                SAM);
        assertThat(code(passwordStep(), "ABCD-2345-EFGH-6789").isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> code(passwordStep(), older)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void wrong_codes_count_like_wrong_passwords_until_the_sign_in_must_wait() throws Exception {
        enrol();
        for (int i = 0; i < 5; i++) {
            var pending = passwordStep();
            assertThatThrownBy(() -> code(pending, "123456")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> password(SAM, PASSWORD)).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_code_page_left_open_too_long_needs_the_password_again() throws Exception {
        String secret = enrol();
        var pending = passwordStep();
        clock.set(NOON.plus(PendingSecondFactor.VALID_FOR).plusSeconds(30));

        assertThatThrownBy(() -> code(pending, appCode(secret, 0))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void when_the_clinic_requires_it_staff_without_it_must_enrol_and_cannot_turn_it_off() throws Exception {
        twoFactor.requireForStaff(true);
        assertThat(twoFactor.status().mustEnrol()).isTrue();

        String secret = enrol();
        clock.set(NOON.plusSeconds(60));

        assertThat(twoFactor.status().mustEnrol()).isFalse();
        assertThatThrownBy(() -> twoFactor.turnOff(appCode(secret, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can't be turned off");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_POLICY'", Integer.class))
                .isPositive();
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void turning_it_off_needs_a_current_code_and_then_the_password_is_enough_again() throws Exception {
        String secret = enrol();
        clock.set(NOON.plusSeconds(60));
        assertThatThrownBy(() -> twoFactor.turnOff("999999")).isInstanceOf(InvalidInputException.class);

        twoFactor.turnOff(appCode(secret, 0));

        assertThat(password(SAM, PASSWORD).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code", Integer.class))
                .isZero();
    }

    @Test
    @WithUserDetails(value = ZOE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_client_has_no_two_step_sign_in_to_manage() {
        assertThatThrownBy(() -> twoFactor.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.start()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = SAM, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void only_an_admin_sets_the_clinics_policy() {
        assertThatThrownBy(() -> twoFactor.requireForStaff(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.requiredForStaff()).isInstanceOf(AccessDeniedException.class);
    }
}
