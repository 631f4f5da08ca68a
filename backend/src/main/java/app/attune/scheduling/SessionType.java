package app.attune.scheduling;

/** The kind of therapy session, with its usual length; a custom session has the length the therapist gives. */
public enum SessionType {
    INDIVIDUAL(50),
    COUPLE(80),
    CUSTOM(0);

    private final int usualMinutes;

    SessionType(int usualMinutes) {
        this.usualMinutes = usualMinutes;
    }

    /** The usual length in minutes; 0 for a custom session. */
    public int usualMinutes() {
        return usualMinutes;
    }
}
