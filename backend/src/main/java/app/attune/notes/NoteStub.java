package app.attune.notes;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** That a note exists, for an admin: its date and whether it is signed, never what it says. */
public record NoteStub(UUID id, @Nullable LocalDate sessionDate, boolean signed) {}
