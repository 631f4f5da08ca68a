package app.attune.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consultation")
class Consultation {

    @Id
    @Column(name = "appointment_id")
    private UUID appointmentId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, columnDefinition = "citext")
    private String email;

    private @Nullable String phone;

    private @Nullable String message;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "manage_token_hash", nullable = false)
    private String manageTokenHash;

    @Column(name = "booker_time_zone")
    private String bookerTimeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Consultation() {}

    Consultation(UUID appointmentId, String reference, BookingRequest request, String manageTokenHash, Instant now) {
        this.appointmentId = appointmentId;
        this.reference = reference;
        this.name = request.name().strip();
        this.email = request.email().strip();
        this.phone = request.phone() == null || request.phone().isBlank()
                ? null
                : request.phone().strip();
        this.message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        this.consentAt = now;
        this.manageTokenHash = manageTokenHash;
        this.bookerTimeZone = request.timeZone();
        this.createdAt = now;
    }

    UUID getAppointmentId() {
        return appointmentId;
    }

    String getReference() {
        return reference;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getMessage() {
        return message;
    }

    String getBookerTimeZone() {
        return bookerTimeZone;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
