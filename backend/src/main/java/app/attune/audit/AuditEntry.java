package app.attune.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audit event as the admin's audit viewer lists it. {@code clientName} is null when the record no longer exists
 * (the trail outlives the record); its id stays. The action is the stored name, which a newer version may have
 * written and this one not know: label it with {@link AuditAction#labelKey}.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actorName,
        String actorRole,
        String action,
        @Nullable UUID clientId,
        @Nullable String clientName,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable String detail) {}
