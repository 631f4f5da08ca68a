package app.attune.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A new session or series with a client, with the client's own therapist, as the therapist fills it in. Date and time are the clinic's local time. {@code minutes}
 * counts only for a custom session; a series ends after {@code occurrences} sessions or on {@code until}.
 */
public record SessionRequest(UUID clientId, LocalDate date, LocalTime start, SessionType type,
        Integer minutes, SessionMode mode, String videoLink, String location, Repeat repeat, Integer occurrences,
        LocalDate until) {

    /** The session's length in minutes. */
    public int length() {
        return type == SessionType.CUSTOM || type == null ? (minutes == null ? 0 : minutes) : type.usualMinutes();
    }
}
