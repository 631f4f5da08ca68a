package app.attune.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit event as the admin's audit viewer lists it. {@code clientName} is null when the record no longer exists
 * (the trail outlives the record); its id stays. The action is the stored name, which a newer version may have
 * written and this one not know: label it with {@link AuditAction#labelKey}.
 */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, String actorRole,
        String action, UUID clientId, String clientName, String recordType, String recordId, String detail) {
}
