package app.attune.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The one clock of every test context: it follows the system clock until a test sets it, so rules about "now"
 * (notice, horizons, reminders) can be tested on any date. {@link IntegrationTest} gives each context one, and puts
 * it back on the system clock after every test, so a test that sets it never leaves its date to the next.
 */
public class MutableClock extends Clock {

    /** Null while the clock follows the system clock. */
    private volatile @Nullable Instant now;

    /** A clock that follows the system clock until it is set. */
    public MutableClock() {
        this(null);
    }

    public MutableClock(@Nullable Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = instant().plus(duration);
    }

    /** Follows the system clock again. */
    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant set = now;
        return set != null ? set : Instant.now();
    }
}
