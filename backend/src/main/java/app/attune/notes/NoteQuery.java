package app.attune.notes;

import app.attune.base.PlainText;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A search of the therapist's own notes. {@code allThemes} asks for notes with every theme in {@code themeIds};
 * otherwise any of them will do. Empty or null parts don't narrow the search.
 */
public record NoteQuery(
        Set<UUID> themeIds,
        boolean allThemes,
        @PlainText @Nullable String text,
        @Nullable UUID clientId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable NoteStatus status) {

    public NoteQuery {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }

    /** Every note of one client. */
    public static NoteQuery forClient(UUID clientId) {
        return new NoteQuery(Set.of(), false, null, clientId, null, null, null);
    }
}
