package app.attune.notes;

/** The kinds of theme in the co-regulation taxonomy. Stored by name. */
public enum ThemeCategory {
    SIGN,
    BARRIER,
    PRACTICE_IN_SESSION,
    RELATIONSHIP_CONTEXT,
    SELF_REGULATION,
    MODALITY
}
