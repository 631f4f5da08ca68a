package app.attune.audit;

import java.time.Instant;

/** One line of a record's activity trail, as the Activity tab shows it. */
public record AuditRow(Instant occurredAt, String actorName, String actorRole, AuditAction action, String recordType,
        String detail) {
}
