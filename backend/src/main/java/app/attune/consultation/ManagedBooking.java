package app.attune.consultation;

import app.attune.scheduling.AppointmentStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A consultation as its private link shows it to the person who booked it. */
public record ManagedBooking(
        String reference,
        UUID therapistId,
        @Nullable String therapistName,
        Instant start,
        Instant end,
        AppointmentStatus status,
        boolean changeable) {}
