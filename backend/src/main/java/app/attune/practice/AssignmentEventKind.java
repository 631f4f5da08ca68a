package app.attune.practice;

/** What happened to an assignment, in its history. Stored by name. */
public enum AssignmentEventKind {
    ASSIGNED,
    CHANGED,
    PAUSED,
    RESUMED,
    ENDED
}
