package app.attune.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One change in an assignment's history, with its schedule as it stood after the change. Never changed. */
@Entity
@Table(name = "assignment_event")
class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private UUID assignmentId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssignmentEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Column(name = "times_per_week", updatable = false)
    private @Nullable Integer timesPerWeek;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", updatable = false)
    private @Nullable LocalDate endsOn;

    protected AssignmentEvent() {}

    AssignmentEvent(Assignment a, AssignmentEventKind kind, UUID actorId, Instant now) {
        this.assignmentId = a.getId();
        this.occurredAt = now;
        this.actorId = actorId;
        this.kind = kind;
        this.frequency = a.getFrequency();
        this.timesPerWeek = a.getTimesPerWeek();
        this.startsOn = a.getStartsOn();
        this.endsOn = a.getEndsOn();
    }

    UUID getAssignmentId() {
        return assignmentId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    AssignmentEventKind getKind() {
        return kind;
    }

    HistoryEntry entry() {
        return new HistoryEntry(occurredAt, kind, frequency, timesPerWeek, startsOn, endsOn);
    }
}
