package app.attune.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "session_series")
class SessionSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "every_weeks", nullable = false)
    private short everyWeeks;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SessionSeries() {}

    SessionSeries(UUID therapistId, UUID clientId, int everyWeeks, Instant now) {
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.everyWeeks = (short) everyWeeks;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }
}
