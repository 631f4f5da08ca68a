package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

/** One session as the therapist sees it. {@code seriesIndex} and {@code seriesSize} are null for a single session. */
public record SessionDetails(UUID appointmentId, UUID therapistId, UUID clientId, String clientName,
        AppointmentStatus status, Instant start, Instant end, SessionType type, SessionMode mode, String videoLink,
        String location, UUID seriesId, Integer seriesIndex, Integer seriesSize, String cancelReason, long version) {

    /** The length in minutes. */
    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
