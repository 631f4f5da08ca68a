package app.attune.records;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What purging one record would remove, counted but never shown: an admin reviews the size of the record, not its
 * clinical content.
 */
public record PurgePreview(
        UUID clientId,
        String legalName,
        @Nullable LocalDate dischargedOn,
        @Nullable LocalDate lastAppointmentOn,
        @Nullable LocalDate eligibleSince,
        long appointments,
        long notes,
        long signedNotes,
        long addenda,
        long practices,
        long completions,
        boolean portalAccount) {}
