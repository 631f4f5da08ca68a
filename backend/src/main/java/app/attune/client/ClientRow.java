package app.attune.client;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the caseload list. */
public record ClientRow(
        UUID id,
        String name,
        @Nullable String pronouns,
        @Nullable String email,
        @Nullable String phone,
        ClientStatus status,
        UUID therapistId,
        @Nullable String therapistName,
        Instant updatedAt) {}
