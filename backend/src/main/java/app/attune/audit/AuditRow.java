package app.attune.audit;

import java.time.Instant;

/**
 * One line of a record's activity trail, as the Activity tab shows it. The action is the stored name: label it with
 * {@link AuditAction#labelKey}, which copes with one this version doesn't know.
 */
public record AuditRow(Instant occurredAt, String actorName, String actorRole, String action, String recordType,
        String detail) {
}
