package app.attune.consultation;

import app.attune.scheduling.AppointmentStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One consultation in a therapist's list. {@code message} is what the visitor wrote, shown to the therapist only. */
public record ConsultationRow(
        UUID appointmentId,
        String reference,
        String name,
        String email,
        @Nullable String phone,
        @Nullable String message,
        Instant start,
        Instant end,
        AppointmentStatus status,
        UUID therapistId,
        @Nullable String therapistName,
        @Nullable UUID clientId) {}
