package app.attune.scheduling;

import app.attune.base.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new session or series with a client, with the client's own therapist, as the therapist fills it in. Date and time
 * are the clinic's local time. {@code minutes} counts only for a custom session; a series ends after
 * {@code occurrences} sessions or on {@code until}.
 */
public record SessionRequest(
        @NotNull(message = "{attune.session.client}") @Nullable
        UUID clientId,

        @NotNull(message = "{attune.session.date}") @Nullable
        LocalDate date,

        @NotNull(message = "{attune.session.start}") @Nullable
        LocalTime start,

        @NotNull(message = "{attune.session.type}") @Nullable
        SessionType type,

        @Min(value = 1, message = "{attune.session.minutes}")
        @Max(value = 240, message = "{attune.session.minutes}")
        @Nullable
        Integer minutes,

        @NotNull(message = "{attune.session.mode}") @Nullable
        SessionMode mode,

        @Size(max = 500, message = "{attune.too-long}") @PlainText @Nullable
        String videoLink,

        @Size(max = 200, message = "{attune.too-long}") @PlainText @Nullable
        String location,

        @Nullable Repeat repeat,

        @Min(value = 2, message = "{attune.session.occurrences}")
        @Max(value = 52, message = "{attune.session.occurrences}")
        @Nullable
        Integer occurrences,

        @Nullable LocalDate until) {

    /** The session's length in minutes. */
    public int length() {
        return type == SessionType.CUSTOM || type == null ? (minutes == null ? 0 : minutes) : type.usualMinutes();
    }
}
