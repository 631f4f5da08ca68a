package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Time a therapist's active appointment holds; nothing about who it is with. */
public record Busy(UUID appointmentId, UUID therapistId, AppointmentKind kind, Instant start, Instant end) {}
