package app.attune.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in whose password was right and which now waits for its second step. Kept in the person's HTTP session for
 * {@link #VALID_FOR}; after {@link #MAX_TRIES} wrong codes the password must be typed again.
 */
public record PendingSecondFactor(UUID userId, String email, Instant passwordAcceptedAt, int wrongCodes)
        implements Serializable {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final int MAX_TRIES = 5;

    /** Whether the second step may still be tried at {@code now}. */
    public boolean open(Instant now) {
        return wrongCodes < MAX_TRIES && now.isBefore(passwordAcceptedAt.plus(VALID_FOR));
    }

    /** The same sign-in after one more wrong code. */
    public PendingSecondFactor afterWrongCode() {
        return new PendingSecondFactor(userId, email, passwordAcceptedAt, wrongCodes + 1);
    }

    /** The email stays out of logs. */
    @Override
    public String toString() {
        return "PendingSecondFactor[" + userId + "]";
    }
}
