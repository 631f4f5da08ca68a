package app.attune.practice;

/** Where an assignment stands. Stored by name. */
public enum AssignmentStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
