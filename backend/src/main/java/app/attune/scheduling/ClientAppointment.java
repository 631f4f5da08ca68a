package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

/** One appointment in a client's list. */
public record ClientAppointment(UUID appointmentId, AppointmentKind kind, AppointmentStatus status, Instant start,
        Instant end, SessionMode mode, String location, boolean recurring, String cancelReason) {
}
