package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One appointment on a calendar. {@code clientName} is null for a consultation with someone not yet a client. */
public record CalendarEntry(
        UUID appointmentId,
        AppointmentKind kind,
        AppointmentStatus status,
        Instant start,
        Instant end,
        @Nullable UUID clientId,
        @Nullable String clientName,
        @Nullable SessionMode mode,
        boolean recurring) {}
