package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One session as the therapist sees it. {@code seriesIndex} and {@code seriesSize} are null for a single session. */
public record SessionDetails(
        UUID appointmentId,
        UUID therapistId,
        @Nullable UUID clientId,
        @Nullable String clientName,
        AppointmentStatus status,
        Instant start,
        Instant end,
        SessionType type,
        SessionMode mode,
        @Nullable String videoLink,
        @Nullable String location,
        @Nullable UUID seriesId,
        @Nullable Integer seriesIndex,
        @Nullable Integer seriesSize,
        @Nullable String cancelReason,
        long version) {

    /** The length in minutes. */
    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
