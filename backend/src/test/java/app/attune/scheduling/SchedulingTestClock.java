package app.attune.scheduling;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import app.attune.test.MutableClock;

/**
 * The scheduling tests' "now": Monday 2 March 2026, noon UTC (08:00 in Halifax). Clocks in Halifax spring forward on
 * Sunday 8 March 2026, so a weekly series from this week crosses the change.
 */
@TestConfiguration(proxyBeanMethods = false)
class SchedulingTestClock {

    static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MONDAY_NOON);
    }
}
