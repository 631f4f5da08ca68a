package app.attune.practice;

import app.attune.base.MultilineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a client records after doing a practice. {@code doneAt} is a time in the clinic's time zone; the reflection
 * and helpfulness are optional.
 */
public record CompletionForm(
        @NotNull(message = "Please say when you did it.") LocalDateTime doneAt,

        @NotNull(message = "Please choose a number from 0 to 10.")
        @Min(value = 0, message = "Please choose a number from 0 to 10.")
        @Max(value = 10, message = "Please choose a number from 0 to 10.")
        Integer distressBefore,

        @NotNull(message = "Please choose a number from 0 to 10.")
        @Min(value = 0, message = "Please choose a number from 0 to 10.")
        @Max(value = 10, message = "Please choose a number from 0 to 10.")
        Integer distressAfter,

        @Min(value = 1, message = "Please choose from 1 to 5, or leave it empty.")
        @Max(value = 5, message = "Please choose from 1 to 5, or leave it empty.")
        @Nullable
        Integer helpfulness,

        @Size(max = 2000, message = "Please keep your reflection to 2000 characters or fewer.") @MultilineText @Nullable
        String reflection) {

    public static final int MAX_REFLECTION = 2000;
}
