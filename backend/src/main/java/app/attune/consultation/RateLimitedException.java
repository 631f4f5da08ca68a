package app.attune.consultation;

import java.time.Duration;

/** Too many booking attempts from one address or for one email; the person may try again later. */
public class RateLimitedException extends RuntimeException {

    private final transient Duration retryAfter;

    RateLimitedException(Duration retryAfter) {
        super("Too many booking attempts; please try again later");
        this.retryAfter = retryAfter;
    }

    /** How long until one more attempt will be allowed (at least a second). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, for an HTTP {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return (retryAfter.toMillis() + 999) / 1000;
    }
}
