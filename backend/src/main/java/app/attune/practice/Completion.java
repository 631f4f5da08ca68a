package app.attune.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A completion as read back. Written only by {@link CompletionWriter}, whose insert is idempotent. */
@Entity
@Immutable
@Table(name = "completion")
class Completion {

    @Id
    private UUID id;

    @Column(name = "assignment_id", insertable = false, updatable = false)
    private UUID assignmentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "distress_before")
    private short distressBefore;

    @Column(name = "distress_after")
    private short distressAfter;

    private @Nullable Short helpfulness;

    private @Nullable String reflection;

    @Column(name = "idempotency_key")
    private UUID idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Completion() {}

    UUID getAssignmentId() {
        return assignmentId;
    }

    Assignment getAssignment() {
        return assignment;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    CompletionRow row() {
        return new CompletionRow(
                id,
                assignmentId,
                doneAt,
                distressBefore,
                distressAfter,
                helpfulness == null ? null : helpfulness.intValue(),
                reflection);
    }
}
