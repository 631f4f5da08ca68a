package app.attune.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "appointment")
class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "client_id")
    private @Nullable UUID clientId;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Appointment() {}

    Appointment(
            UUID therapistId, AppointmentKind kind, Instant start, Instant end, @Nullable UUID clientId, Instant now) {
        this.therapistId = therapistId;
        this.kind = kind;
        var range = TimeRange.of(start, end);
        this.startsAt = range.start();
        this.endsAt = range.end();
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    AppointmentKind getKind() {
        return kind;
    }

    AppointmentStatus getStatus() {
        return status;
    }

    @Nullable
    UUID getClientId() {
        return clientId;
    }

    @Nullable
    String getCancelReason() {
        return cancelReason;
    }

    long getVersion() {
        return version;
    }

    TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }

    void moveTo(Instant start, Instant end, Instant now) {
        var range = TimeRange.of(start, end);
        startsAt = range.start();
        endsAt = range.end();
        updatedAt = now;
    }

    void changeStatus(AppointmentStatus status, @Nullable String reason, Instant now) {
        this.status = status;
        this.cancelReason = reason;
        updatedAt = now;
    }

    void linkClient(UUID clientId, Instant now) {
        this.clientId = clientId;
        updatedAt = now;
    }
}
