package app.attune.client;

import org.jspecify.annotations.Nullable;

/** What an invitation link is worth: whether it can still set a password, and whom it greets. */
public record InvitationCheck(State state, @Nullable String name) {

    /** Whether the link can still be used, and if not, why. */
    public enum State {
        VALID,
        USED,
        EXPIRED,
        REVOKED,
        UNKNOWN
    }
}
