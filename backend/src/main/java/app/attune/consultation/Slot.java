package app.attune.consultation;

import java.time.Instant;
import java.util.UUID;

/** A free 15-minute consultation time with one therapist. */
public record Slot(UUID therapistId, Instant start, Instant end) {}
