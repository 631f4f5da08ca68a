package app.attune.notes;

import app.attune.base.MultilineText;
import app.attune.base.PlainText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a note says: its template's sections by key, the session's date, a 0 to 10 distress rating, a risk flag with
 * its note, the practices discussed, and the themes it is tagged with.
 */
public record NoteDraft(
        NoteTemplate template,
        @Nullable LocalDate sessionDate,
        Map<String, @MultilineText String> sections,
        @Nullable Integer distress,
        boolean riskFlag,
        @MultilineText @Nullable String riskNote,
        List<@PlainText String> practices,
        Set<UUID> themeIds) {

    public NoteDraft {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
        practices = practices == null ? List.of() : List.copyOf(practices);
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }

    /** How many characters the sections and notes hold together. */
    public int length() {
        return sections.values().stream()
                        .mapToInt(s -> s == null ? 0 : s.length())
                        .sum()
                + (riskNote == null ? 0 : riskNote.length());
    }

    /** Whether any section has words in it. */
    public boolean hasContent() {
        return sections.values().stream().anyMatch(s -> s != null && !s.isBlank());
    }
}
