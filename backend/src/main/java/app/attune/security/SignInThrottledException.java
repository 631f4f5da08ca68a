package app.attune.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused, without looking at the password, because too many recent attempts failed. A locked-account kind
 * of refusal, so the audit log records it like any other failed sign-in.
 */
public class SignInThrottledException extends LockedException {

    private final transient Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again in " + wait);
        this.wait = wait;
    }

    /** The wait in whole minutes, rounded up, and never less than one. */
    public long minutesToWait() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
