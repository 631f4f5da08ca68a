package app.attune.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to an account's sign-in, published for the audit log. {@code detail} never holds a password,
 * a code or a token.
 */
public record AccountEvent(
        UUID userId, Role role, Kind kind, @Nullable String detail) {

    /** What happened. */
    public enum Kind {
        SIGNED_OUT,
        SIGNED_OUT_EVERYWHERE,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        TWO_FACTOR_ON,
        TWO_FACTOR_OFF,
        RECOVERY_CODES_RENEWED,
        RECOVERY_CODE_USED,
        SIGN_IN_POLICY_CHANGED
    }
}
