package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.StartupProblem;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production never starts without a key of its own; the demo may use its published one. */
class AuditSealConfigurationTest {

    private final AuditSealConfiguration configuration = new AuditSealConfiguration();
    private static final String GOOD = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, 32
    });

    private static MockEnvironment production() {
        return new MockEnvironment();
    }

    private static MockEnvironment demo() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("demo");
        return environment;
    }

    @Test
    void without_a_key_production_refuses_to_start_and_says_how_to_make_one() {
        assertThatThrownBy(() -> configuration.auditSealKey("", production()))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("ATTUNE_AUDIT_SEAL_KEY is not set.")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void a_short_or_garbled_key_is_refused_with_the_reason() {
        assertThatThrownBy(() -> configuration.auditSealKey("c2hvcnQ=", production()))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("it holds 5 bytes");
        assertThatThrownBy(() -> configuration.auditSealKey("%%%", demo()))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("it is not base64");
    }

    @Test
    void the_demos_published_key_is_refused_outside_the_demo() {
        assertThatThrownBy(() -> configuration.auditSealKey(AuditSealKey.DEMO, production()))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("published");
    }

    @Test
    void the_demo_starts_with_its_published_key_and_production_with_its_own() {
        assertThat(configuration.auditSealKey("", demo()).isDemo()).isTrue();
        assertThat(configuration.auditSealKey(GOOD, production()).isDemo()).isFalse();
    }
}
