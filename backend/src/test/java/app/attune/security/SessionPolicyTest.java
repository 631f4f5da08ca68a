package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Session endings, for a therapist and a client made for each test (no demo rows). */
@IntegrationTest
@ActiveProfiles("demo")
class SessionPolicyTest {

    static final Instant NOON = SecurityTestClock.NOON;

    @Autowired
    SessionPolicy policy;

    @Autowired
    AccountSessions sessions;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AttuneUserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** A therapist (staff) and a client with a portal login, new for each test. */
    TestClinic clinic;

    Person therapist;
    Person otherTherapist;
    Person client;

    @BeforeEach
    void fresh() {
        clock.set(NOON);
        clinic = new TestClinic(context);
        therapist = clinic.therapist("Leila Test");
        otherTherapist = clinic.therapist("Sam Test");
        client = clinic.portalLogin(clinic.clientOf(therapist, "Zoë Test"));
    }

    AttuneUser user(String email) {
        return (AttuneUser) users.loadUserByUsername(email);
    }

    @Test
    void staff_are_signed_out_after_15_idle_minutes_and_clients_after_30() {
        var leila = user(therapist.email());
        var zoe = user(client.email());
        var start = NOON;
        clock.set(start.plus(Duration.ofMinutes(14)).plusSeconds(59));
        assertThat(policy.check(leila, start, start)).isEmpty();

        clock.set(start.plus(Duration.ofMinutes(15)));
        assertThat(policy.check(leila, start, start)).contains(SessionPolicy.Ending.IDLE);
        assertThat(policy.check(zoe, start, start)).isEmpty();

        clock.set(start.plus(Duration.ofMinutes(30)));
        assertThat(policy.check(zoe, start, start)).contains(SessionPolicy.Ending.IDLE);
        assertThat(policy.check(leila, start, clock.instant().minusSeconds(60))).isEmpty();
    }

    @Test
    void even_a_busy_session_ends_after_its_lifetime_of_12_hours() {
        var leila = user(therapist.email());
        clock.set(NOON.plus(Duration.ofHours(12)));

        assertThat(policy.check(leila, NOON, clock.instant().minusSeconds(5))).contains(SessionPolicy.Ending.LIFETIME);
    }

    @Test
    void signing_out_everywhere_ends_every_session_that_began_before_it() {
        var leila = user(therapist.email());
        var earlier = NOON.minus(Duration.ofMinutes(5));
        clock.set(NOON);

        clinic.as(therapist, () -> {
            assertThat(currentUser.require().id()).isEqualTo(leila.id());
            sessions.signOutEverywhere();
            return null;
        });

        assertThat(policy.check(leila, earlier, NOON)).contains(SessionPolicy.Ending.REVOKED);
        clock.set(NOON.plusSeconds(10));
        assertThat(policy.check(leila, NOON.plusSeconds(1), NOON.plusSeconds(1)))
                .as("a sign-in after it goes on")
                .isEmpty();
        assertThat(policy.check(user(otherTherapist.email()), earlier, NOON))
                .as("other people are untouched")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_OUT_EVERYWHERE'", Integer.class))
                .isPositive();
    }

    @Test
    void a_disabled_account_has_no_session_left() {
        var farid = user(client.email());
        jdbc.update("update app_user set enabled = false where id = ?", client.id());

        assertThat(policy.check(farid, NOON, NOON)).contains(SessionPolicy.Ending.REVOKED);
    }
}
