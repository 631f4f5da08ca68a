package app.attune.practice;

/** How often a client is asked to do a practice. Stored by name. */
public enum Frequency {
    DAILY,
    TIMES_PER_WEEK,
    ONCE
}
