package app.attune.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an appointment of kind SESSION carries beyond its time. */
@Entity
@Table(name = "therapy_session")
class TherapySession {

    @Id
    @Column(name = "appointment_id")
    private UUID appointmentId;

    @Column(name = "series_id")
    private @Nullable UUID seriesId;

    @Column(name = "series_index")
    private @Nullable Integer seriesIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    private SessionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMode mode;

    @Column(name = "video_link")
    private @Nullable String videoLink;

    private @Nullable String location;

    @Column(name = "reminder_sent_at")
    private @Nullable Instant reminderSentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TherapySession() {}

    TherapySession(
            UUID appointmentId,
            @Nullable UUID seriesId,
            @Nullable Integer seriesIndex,
            SessionType type,
            SessionMode mode,
            @Nullable String videoLink,
            @Nullable String location,
            Instant now) {
        this.appointmentId = appointmentId;
        this.seriesId = seriesId;
        this.seriesIndex = seriesIndex;
        this.type = type;
        setPlace(mode, videoLink, location);
        this.createdAt = now;
    }

    UUID getAppointmentId() {
        return appointmentId;
    }

    @Nullable
    UUID getSeriesId() {
        return seriesId;
    }

    @Nullable
    Integer getSeriesIndex() {
        return seriesIndex;
    }

    SessionType getType() {
        return type;
    }

    SessionMode getMode() {
        return mode;
    }

    @Nullable
    String getVideoLink() {
        return videoLink;
    }

    @Nullable
    String getLocation() {
        return location;
    }

    void place(SessionMode mode, @Nullable String videoLink, @Nullable String location) {
        setPlace(mode, videoLink, location);
    }

    // Private, so that NullAway sees the constructor set the mode.
    private void setPlace(SessionMode mode, @Nullable String videoLink, @Nullable String location) {
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
