package app.attune.records;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A discharged client whose record is past the clinic's retention period: the later of the discharge and the last
 * appointment, plus the period, is on or before today.
 */
public record PastRetention(UUID clientId, String legalName, String preferredName, LocalDate dischargedOn,
        LocalDate lastAppointmentOn, LocalDate eligibleSince) {
}
