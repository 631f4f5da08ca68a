package app.attune.consultation;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import app.attune.test.MutableClock;

/** The consultation tests' "now": Friday 20 February 2026, noon UTC (08:00 in Halifax), unless a test moves it. */
@TestConfiguration(proxyBeanMethods = false)
class ConsultationTestClock {

    static final Instant FRIDAY_NOON = Instant.parse("2026-02-20T12:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(FRIDAY_NOON);
    }
}
