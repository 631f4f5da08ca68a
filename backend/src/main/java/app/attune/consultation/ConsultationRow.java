package app.attune.consultation;

import java.time.Instant;
import java.util.UUID;

import app.attune.scheduling.AppointmentStatus;

/** One consultation in a therapist's list. {@code message} is what the visitor wrote, shown to the therapist only. */
public record ConsultationRow(UUID appointmentId, String reference, String name, String email, String phone,
        String message, Instant start, Instant end, AppointmentStatus status, UUID therapistId, String therapistName,
        UUID clientId) {
}
