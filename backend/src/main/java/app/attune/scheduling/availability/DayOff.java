package app.attune.scheduling.availability;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whole days a therapist is away, both ends included. {@code note} is private to the therapist and admins. */
public record DayOff(
        UUID id,
        UUID therapistId,
        LocalDate firstDay,
        LocalDate lastDay,
        @Nullable String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
