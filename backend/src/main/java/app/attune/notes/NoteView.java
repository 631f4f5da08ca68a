package app.attune.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One note as its therapist reads it, with who signed it and when, and its addenda oldest first. */
public record NoteView(UUID id, UUID clientId, String clientName, UUID appointmentId, NoteStatus status,
        NoteDraft content, List<ThemeOption> themes, Instant signedAt, String signedBy, String contentHash,
        List<Addendum> addenda, int savedVersions, Instant updatedAt, long version) {

    /** A correction appended to a signed note. */
    public record Addendum(Instant at, String author, String body, String contentHash) {
    }
}
