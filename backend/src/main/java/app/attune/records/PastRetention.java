package app.attune.records;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discharged client whose record is past the clinic's retention period: the later of the discharge and the last
 * appointment, plus the period, is on or before today.
 */
public record PastRetention(
        UUID clientId,
        String legalName,
        @Nullable String preferredName,
        @Nullable LocalDate dischargedOn,
        @Nullable LocalDate lastAppointmentOn,
        @Nullable LocalDate eligibleSince) {}
