package app.attune.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which audit events to list: each part is optional; {@code to} is exclusive. */
public record AuditFilter(
        @Nullable UUID actorId,
        @Nullable UUID clientId,
        @Nullable AuditAction action,
        @Nullable Instant from,
        @Nullable Instant to) {

    /** Everything. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
