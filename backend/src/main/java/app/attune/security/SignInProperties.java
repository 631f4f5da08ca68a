package app.attune.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in hardening settings ({@code attune.security.*}). {@code throttle} slows password guessing: after
 * {@code accountFreeAttempts} failures for one email (or {@code ipFreeAttempts} from one address) each further attempt
 * waits {@code firstWait}, doubling up to {@code maxWait}. {@code session} ends sessions nobody uses and sessions that
 * have lasted long enough. {@code passwordReset} sets how long an emailed reset link works.
 */
@ConfigurationProperties("attune.security")
public record SignInProperties(
        @DefaultValue Throttle throttle,
        @DefaultValue Session session,
        @DefaultValue PasswordReset passwordReset) {

    /** How failed sign-ins slow down further attempts. */
    public record Throttle(
            @DefaultValue("5") int accountFreeAttempts,
            @DefaultValue("20") int ipFreeAttempts,
            @DefaultValue("1s") Duration firstWait,
            @DefaultValue("15m") Duration maxWait) {}

    /**
     * When a signed-in session ends: after {@code staffIdleTimeout} (therapists and admins) or
     * {@code clientIdleTimeout} without activity, with a warning {@code warningBefore} that; and in any case
     * {@code absoluteLifetime} after signing in.
     */
    public record Session(
            @DefaultValue("15m") Duration staffIdleTimeout,
            @DefaultValue("30m") Duration clientIdleTimeout,
            @DefaultValue("1m") Duration warningBefore,
            @DefaultValue("12h") Duration absoluteLifetime) {}

    /** How long an emailed password reset link works, and how many may be sent for one account in an hour. */
    public record PasswordReset(
            @DefaultValue("60m") Duration validFor,
            @DefaultValue("3") int perHour) {}
}
