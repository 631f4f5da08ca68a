package app.attune.practice;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practice as lists and dialogs show it. {@code ownerId} is null for the clinic's library; {@code mine} says the
 * signed-in therapist owns it and may change it.
 */
public record PracticeSummary(
        UUID id,
        String title,
        PracticeCategory category,
        int minutes,
        List<String> steps,
        String why,
        Set<UUID> themeIds,
        @Nullable UUID ownerId,
        boolean mine,
        boolean retired,
        long version) {

    /** The practice as its form edits it. */
    public PracticeForm toForm() {
        return new PracticeForm(title, category, minutes, String.join("\n", steps), why, themeIds);
    }
}
