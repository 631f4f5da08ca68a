package app.attune.consultation;

import java.time.Instant;

/** The consultation tests' "now": Friday 20 February 2026, noon UTC (08:00 in Halifax), unless a test moves it. */
final class ConsultationTestClock {

    static final Instant FRIDAY_NOON = Instant.parse("2026-02-20T12:00:00Z");

    private ConsultationTestClock() {}
}
