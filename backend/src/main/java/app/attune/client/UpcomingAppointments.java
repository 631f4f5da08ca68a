package app.attune.client;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * When a client's next appointment starts. The scheduling feature answers, so that client records need not depend on
 * scheduling, which itself depends on them.
 */
public interface UpcomingAppointments {

    /** The start of the client's next booked appointment, if any. */
    Optional<Instant> nextStartFor(UUID clientId);
}
