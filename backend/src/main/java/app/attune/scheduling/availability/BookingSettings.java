package app.attune.scheduling.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "booking_settings")
class BookingSettings {

    @Id
    @Column(name = "therapist_id")
    private UUID therapistId;

    @Column(name = "accepting_consultations", nullable = false)
    private boolean accepting = true;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes = BookingRules.DEFAULTS.minNoticeMinutes();

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays = BookingRules.DEFAULTS.horizonDays();

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes = BookingRules.DEFAULTS.bufferMinutes();

    @Column(name = "max_per_day", nullable = false)
    private int maxPerDay = BookingRules.DEFAULTS.maxPerDay();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BookingSettings() {}

    BookingSettings(UUID therapistId, Instant now) {
        this.therapistId = therapistId;
        this.updatedAt = now;
    }

    void apply(BookingRules rules, Instant now) {
        accepting = rules.accepting();
        minNoticeMinutes = rules.minNoticeMinutes();
        horizonDays = rules.horizonDays();
        bufferMinutes = rules.bufferMinutes();
        maxPerDay = rules.maxPerDay();
        updatedAt = now;
    }

    BookingRules toRules() {
        return new BookingRules(accepting, minNoticeMinutes, horizonDays, bufferMinutes, maxPerDay);
    }

    UUID getTherapistId() {
        return therapistId;
    }
}
