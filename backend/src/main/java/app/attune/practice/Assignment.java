package app.attune.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "times_per_week")
    private @Nullable Integer timesPerWeek;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status = AssignmentStatus.ACTIVE;

    @Column(name = "seen_at")
    private @Nullable Instant seenAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Assignment() {}

    Assignment(UUID clientId, UUID therapistId, Practice practice, AssignmentForm form, Instant now) {
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.practice = practice;
        this.createdAt = now;
        fill(form, now);
    }

    void schedule(AssignmentForm form, Instant now) {
        fill(form, now);
    }

    // Private, so that NullAway sees the constructor set the schedule's columns.
    private void fill(AssignmentForm form, Instant now) {
        this.frequency = form.frequency();
        this.timesPerWeek = form.frequency() == Frequency.TIMES_PER_WEEK ? form.timesPerWeek() : null;
        this.startsOn = form.startsOn();
        this.endsOn = form.endsOn();
        this.note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        this.updatedAt = now;
    }

    void setStatus(AssignmentStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void seen(Instant now) {
        if (seenAt == null) {
            seenAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getClientId() {
        return clientId;
    }

    UUID getTherapistId() {
        return therapistId;
    }

    Practice getPractice() {
        return practice;
    }

    Frequency getFrequency() {
        return frequency;
    }

    @Nullable
    Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    @Nullable
    LocalDate getEndsOn() {
        return endsOn;
    }

    @Nullable
    String getNote() {
        return note;
    }

    AssignmentStatus getStatus() {
        return status;
    }

    @Nullable
    Instant getSeenAt() {
        return seenAt;
    }

    long getVersion() {
        return version;
    }

    Schedule schedule() {
        return new Schedule(frequency, timesPerWeek, startsOn, endsOn);
    }
}
