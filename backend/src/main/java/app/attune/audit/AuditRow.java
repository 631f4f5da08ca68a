package app.attune.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a record's activity trail, as the Activity tab shows it. The action is the stored name: label it with
 * {@link AuditAction#labelKey}, which copes with one this version doesn't know.
 */
public record AuditRow(
        Instant occurredAt,
        @Nullable String actorName,
        String actorRole,
        String action,
        @Nullable String recordType,
        @Nullable String detail) {}
