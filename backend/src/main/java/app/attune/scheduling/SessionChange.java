package app.attune.scheduling;

import app.attune.base.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A session's new time, length and place; date and time are the clinic's local time. */
public record SessionChange(
        @NotNull(message = "{attune.session.date}") LocalDate date,
        @NotNull(message = "{attune.session.start}") LocalTime start,

        @NotNull(message = "{attune.session.minutes}")
        @Min(value = 1, message = "{attune.session.minutes}")
        @Max(value = 240, message = "{attune.session.minutes}")
        Integer minutes,

        @NotNull(message = "{attune.session.mode}") SessionMode mode,

        @Size(max = 500, message = "{attune.too-long}") @PlainText @Nullable
        String videoLink,

        @Size(max = 200, message = "{attune.too-long}") @PlainText @Nullable
        String location) {}
