package app.attune.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's record as its page shows it. {@code concerns} is null for admins, who see identity and contact details
 * but nothing clinical. {@code nextAppointment} is null when nothing is booked.
 */
public record ClientDetails(
        UUID id,
        ClientForm form,
        String legalName,
        @Nullable String preferredName,
        @Nullable String pronouns,
        ClientStatus status,
        @Nullable LocalDate dischargeDate,
        @Nullable String dischargeReason,
        UUID therapistId,
        @Nullable String therapistName,
        @Nullable List<ConcernOption> concerns,
        PortalAccess portal,
        @Nullable Instant nextAppointment,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Whether the client can use the portal, or has been invited to. */
    public enum PortalAccess {
        NONE,
        INVITED,
        INVITATION_EXPIRED,
        ACTIVE
    }

    /** The name to greet the client by. */
    public String displayName() {
        return preferredName != null ? preferredName : legalName;
    }
}
