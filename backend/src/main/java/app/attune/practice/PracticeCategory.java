package app.attune.practice;

/** What a practice works on: connection with someone else, or settling oneself. Stored by name. */
public enum PracticeCategory {
    CO_REGULATION,
    SELF_REGULATION
}
