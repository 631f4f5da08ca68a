package app.attune.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in hardening settings ({@code attune.security.*}). {@code throttle} slows password guessing: after
 * {@code accountFreeAttempts} failures for one email (or {@code ipFreeAttempts} from one address) each further attempt
 * waits {@code firstWait}, doubling up to {@code maxWait}.
 */
@ConfigurationProperties("attune.security")
public record SignInProperties(@DefaultValue Throttle throttle) {

    /** How failed sign-ins slow down further attempts. */
    public record Throttle(@DefaultValue("5") int accountFreeAttempts, @DefaultValue("20") int ipFreeAttempts,
            @DefaultValue("1s") Duration firstWait, @DefaultValue("15m") Duration maxWait) {
    }
}
