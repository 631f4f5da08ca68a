package app.attune.scheduling;

import java.time.Instant;

/**
 * The scheduling tests' "now": Monday 2 March 2026, noon UTC (08:00 in Halifax). Clocks in Halifax spring forward on
 * Sunday 8 March 2026, so a weekly series from this week crosses the change.
 */
final class SchedulingTestClock {

    static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

    private SchedulingTestClock() {}
}
