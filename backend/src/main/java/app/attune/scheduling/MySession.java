package app.attune.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An upcoming session as the client sees it: when, with whom, and where or how. */
public record MySession(
        UUID appointmentId,
        Instant start,
        Instant end,
        @Nullable String therapistName,
        SessionMode mode,
        @Nullable String videoLink,
        @Nullable String location) {}
