package app.attune.security;

import java.time.Instant;

/** The sign-in tests' "now", moved by each test to try waits, expiries and time steps without waiting for them. */
final class SecurityTestClock {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private SecurityTestClock() {}
}
