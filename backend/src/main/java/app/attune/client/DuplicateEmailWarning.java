package app.attune.client;

/**
 * Another client already has this email. Saving again with the duplicate allowed goes ahead. {@code existingName} is
 * given only when the other client is in the caller's own caseload (or the caller is an admin); otherwise null, so
 * nothing leaks about another therapist's clients.
 */
public class DuplicateEmailWarning extends RuntimeException {

    private final String existingName;

    public DuplicateEmailWarning(String existingName) {
        super("Another client already has this email");
        this.existingName = existingName;
    }

    public String existingName() {
        return existingName;
    }
}
