package app.attune.scheduling;

import java.util.List;
import java.util.UUID;

/** What booking a session or series did: the appointments it made, and the dates it left out because they were taken. */
public record BookedSessions(List<UUID> booked, List<Occurrence> skipped) {}
