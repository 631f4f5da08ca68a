package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;

/** An upcoming session as the client sees it: when, with whom, and where or how. */
public record MySession(UUID appointmentId, Instant start, Instant end, String therapistName, SessionMode mode,
        String videoLink, String location) {
}
