package app.attune.practice;

import app.attune.base.MultilineText;
import app.attune.base.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** A practice as a therapist writes it: the steps are one per line. */
public record PracticeForm(
        @NotBlank(message = "Please give the practice a title.")
        @Size(max = 120, message = "Please keep the title to 120 characters or fewer.")
        @PlainText
        String title,

        @NotNull(message = "Please choose what the practice works on.")
        PracticeCategory category,

        @NotNull(message = "Please say how many minutes it takes.")
        @Min(value = 1, message = "Please give a time of 1 to 120 minutes.")
        @Max(value = 120, message = "Please give a time of 1 to 120 minutes.")
        Integer minutes,

        @NotBlank(message = "Please write the steps, one per line.")
        @Size(max = 4000, message = "Please keep the steps to 4000 characters or fewer.")
        @MultilineText
        String steps,

        @NotBlank(message = "Please say in a sentence or two why it helps.")
        @Size(max = 1000, message = "Please keep this to 1000 characters or fewer.")
        @MultilineText
        String why,

        Set<UUID> themeIds) {}
