package app.attune.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One note as its therapist reads it, with who signed it and when, and its addenda oldest first. */
public record NoteView(
        UUID id,
        UUID clientId,
        String clientName,
        @Nullable UUID appointmentId,
        NoteStatus status,
        NoteDraft content,
        List<ThemeOption> themes,
        @Nullable Instant signedAt,
        @Nullable String signedBy,
        @Nullable String contentHash,
        List<Addendum> addenda,
        int savedVersions,
        Instant updatedAt,
        long version) {

    /** A correction appended to a signed note. */
    public record Addendum(Instant at, @Nullable String author, String body, String contentHash) {}
}
