package app.attune.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A note in a list: whose, which session, whether signed, and its themes' names. */
public record NoteRow(
        UUID id,
        UUID clientId,
        String clientName,
        LocalDate sessionDate,
        NoteStatus status,
        List<String> themes,
        Instant updatedAt) {}
