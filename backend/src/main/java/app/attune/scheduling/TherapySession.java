package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an appointment of kind SESSION carries beyond its time. */
@Entity
@Table(name = "therapy_session")
class TherapySession {

    @Id
    @Column(name = "appointment_id")
    private UUID appointmentId;

    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "series_index")
    private Integer seriesIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    private SessionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMode mode;

    @Column(name = "video_link")
    private String videoLink;

    private String location;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TherapySession() {
    }

    TherapySession(UUID appointmentId, UUID seriesId, Integer seriesIndex, SessionType type, SessionMode mode,
            String videoLink, String location, Instant now) {
        this.appointmentId = appointmentId;
        this.seriesId = seriesId;
        this.seriesIndex = seriesIndex;
        this.type = type;
        place(mode, videoLink, location);
        this.createdAt = now;
    }

    UUID getAppointmentId() { return appointmentId; }
    UUID getSeriesId() { return seriesId; }
    Integer getSeriesIndex() { return seriesIndex; }
    SessionType getType() { return type; }
    SessionMode getMode() { return mode; }
    String getVideoLink() { return videoLink; }
    String getLocation() { return location; }

    void place(SessionMode mode, String videoLink, String location) {
        this.mode = mode;
        this.videoLink = mode == SessionMode.VIDEO ? videoLink : null;
        this.location = location;
    }

    void changeLength(int minutes) {
        if (type != SessionType.CUSTOM && minutes != type.usualMinutes()) {
            type = SessionType.CUSTOM;
        }
    }

    /** A moved session is reminded again before its new time. */
    void forgetReminder() {
        reminderSentAt = null;
    }
}
