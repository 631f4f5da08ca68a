package app.attune.security;

/**
 * A staff member's two-step sign-in: whether it is on, how many unused recovery codes are left, and whether the clinic
 * requires it (in which case it can't be turned off, and must be set up before anything else).
 */
public record TwoFactorStatus(boolean enabled, int recoveryCodesLeft, boolean requiredByClinic) {

    /** Whether the person must set it up before using Attune. */
    public boolean mustEnrol() {
        return requiredByClinic && !enabled;
    }
}
