package app.attune.security;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in request carries for a second step: the code typed, and the sign-in waiting for it (from the
 * session). The web layer puts these in the authentication's details.
 */
public interface SecondStep {

    /** The code typed, or null on a password sign-in. */
    @Nullable
    String code();

    /** The sign-in whose password was already accepted, or null. */
    @Nullable
    PendingSecondFactor pending();
}
