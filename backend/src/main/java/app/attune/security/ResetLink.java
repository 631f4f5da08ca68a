package app.attune.security;

/** What a password reset link is worth, for the page it opens. */
public enum ResetLink {
    VALID,
    EXPIRED,
    USED,
    UNKNOWN
}
