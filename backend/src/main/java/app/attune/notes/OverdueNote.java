package app.attune.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A draft left unsigned too long. */
public record OverdueNote(UUID id, String clientName, LocalDate sessionDate, Instant startedAt) {
}
