package app.attune.scheduling.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "therapist_id")
    private UUID therapistId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {}

    CalendarFeed(UUID therapistId, String tokenHash, Instant now) {
        this.therapistId = therapistId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void replace(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }
}
