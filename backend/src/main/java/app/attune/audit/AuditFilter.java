package app.attune.audit;

import java.time.Instant;
import java.util.UUID;

/** Which audit events to list: each part is optional; {@code to} is exclusive. */
public record AuditFilter(UUID actorId, UUID clientId, AuditAction action, Instant from, Instant to) {

    /** Everything. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
