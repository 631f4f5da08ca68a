package app.attune.practice;

import java.util.UUID;

/** The completion a key recorded, and whether this call recorded it or found it already recorded. */
public record Recorded(UUID completionId, boolean firstTime) {}
