package app.attune.client;

import org.jspecify.annotations.Nullable;

/**
 * Another client already has this email. Saving again with the duplicate allowed goes ahead. {@code existingName} is
 * given only when the other client is in the caller's own caseload (or the caller is an admin); otherwise null, so
 * nothing leaks about another therapist's clients.
 */
public class DuplicateEmailWarning extends RuntimeException {

    private final @Nullable String existingName;

    public DuplicateEmailWarning(@Nullable String existingName) {
        super("Another client already has this email");
        this.existingName = existingName;
    }

    public @Nullable String existingName() {
        return existingName;
    }
}
