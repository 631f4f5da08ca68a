package app.attune.scheduling;

/** Where a session happens: in the office, or on a video call. */
public enum SessionMode {
    IN_PERSON,
    VIDEO
}
