package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

/** One appointment on a calendar. {@code clientName} is null for a consultation with someone not yet a client. */
public record CalendarEntry(UUID appointmentId, AppointmentKind kind, AppointmentStatus status, Instant start,
        Instant end, UUID clientId, String clientName, SessionMode mode, boolean recurring) {
}
