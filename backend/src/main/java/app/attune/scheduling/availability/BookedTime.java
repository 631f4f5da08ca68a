package app.attune.scheduling.availability;

import java.time.Instant;
import java.util.UUID;

/**
 * What availability needs to know of the appointments booked into it. Scheduling's appointment book answers, so
 * that availability reads no appointment table and depends on nothing else in scheduling.
 */
public interface BookedTime {

    /** How many active appointments the therapist has that overlap [from, to). */
    int activeCount(UUID therapistId, Instant from, Instant to);
}
