package app.attune.security;

import org.springframework.security.core.AuthenticationException;

/** The password was right; the sign-in now needs a code from the person's authenticator app. */
public class SecondFactorRequiredException extends AuthenticationException {

    private final transient PendingSecondFactor pending;

    SecondFactorRequiredException(PendingSecondFactor pending) {
        super("A code from the authenticator app is needed");
        this.pending = pending;
    }

    /** The sign-in to complete with a code. */
    public PendingSecondFactor pending() {
        return pending;
    }
}
