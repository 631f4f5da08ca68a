package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One appointment in a therapist's day: when, what kind, where it stands, and the client if known. */
public record DayEntry(
        UUID appointmentId,
        AppointmentKind kind,
        AppointmentStatus status,
        Instant start,
        Instant end,
        @Nullable UUID clientId,
        @Nullable String clientName) {}
