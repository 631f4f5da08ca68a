package app.attune.scheduling;

/** Where an appointment stands. Every status but CANCELLED holds the therapist's time. */
public enum AppointmentStatus {
    BOOKED,
    COMPLETED,
    NO_SHOW,
    CANCELLED
}
