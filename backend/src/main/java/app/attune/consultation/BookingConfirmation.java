package app.attune.consultation;

import app.attune.scheduling.AppointmentStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a visitor is told once their consultation is booked. The manage token is only ever given here and by email. */
public record BookingConfirmation(
        String reference,
        UUID therapistId,
        @Nullable String therapistName,
        Instant start,
        Instant end,
        AppointmentStatus status,
        String manageToken) {}
