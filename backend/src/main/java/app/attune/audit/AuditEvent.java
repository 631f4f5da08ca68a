package app.attune.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "actor_role", nullable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "client_id")
    private @Nullable UUID clientId;

    @Column(name = "record_type")
    private @Nullable String recordType;

    @Column(name = "record_id")
    private @Nullable String recordId;

    private @Nullable String detail;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            @Nullable UUID actorId,
            String actorRole,
            AuditAction action,
            @Nullable UUID clientId,
            @Nullable String recordType,
            @Nullable String recordId,
            @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.clientId = clientId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
    }
}
