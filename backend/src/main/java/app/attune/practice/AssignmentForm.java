package app.attune.practice;

import app.attune.base.MultilineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a therapist fills in to assign a practice: {@code timesPerWeek} counts only for {@link Frequency#TIMES_PER_WEEK};
 * {@code endsOn} and {@code note} are optional. A change keeps the practice, so its {@code practiceId} is ignored.
 */
public record AssignmentForm(
        @NotNull(message = "Please choose a practice.") @Nullable
        UUID practiceId,

        @NotNull(message = "Please choose how often.") Frequency frequency,

        @Min(value = 1, message = "Please choose 1 to 7 times a week.")
        @Max(value = 7, message = "Please choose 1 to 7 times a week.")
        @Nullable
        Integer timesPerWeek,

        @NotNull(message = "Please choose the first day.") LocalDate startsOn,
        @Nullable LocalDate endsOn,

        @Size(max = 1000, message = "Please keep the note to 1000 characters or fewer.") @MultilineText @Nullable
        String note) {}
