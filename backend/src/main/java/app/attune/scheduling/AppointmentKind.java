package app.attune.scheduling;

/** What an appointment is for. */
public enum AppointmentKind {
    CONSULTATION,
    SESSION
}
