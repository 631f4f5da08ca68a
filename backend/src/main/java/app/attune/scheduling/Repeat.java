package app.attune.scheduling;

/** How a session repeats. */
public enum Repeat {
    NEVER(0),
    WEEKLY(1),
    EVERY_TWO_WEEKS(2);

    private final int weeks;

    Repeat(int weeks) {
        this.weeks = weeks;
    }

    /** The weeks between sessions; 0 for a single session. */
    public int weeks() {
        return weeks;
    }
}
