package app.attune.client;

import java.time.Instant;
import java.util.UUID;

/** One line of the caseload list. */
public record ClientRow(UUID id, String name, String pronouns, String email, String phone, ClientStatus status,
        UUID therapistId, String therapistName, Instant updatedAt) {
}
