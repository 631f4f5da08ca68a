package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One appointment in a client's list. */
public record ClientAppointment(
        UUID appointmentId,
        AppointmentKind kind,
        AppointmentStatus status,
        Instant start,
        Instant end,
        @Nullable SessionMode mode,
        @Nullable String location,
        boolean recurring,
        @Nullable String cancelReason) {}
