package app.attune.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A draft left unsigned too long. */
public record OverdueNote(
        UUID id, String clientName, @Nullable LocalDate sessionDate, Instant startedAt) {}
