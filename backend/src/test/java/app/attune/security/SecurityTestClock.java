package app.attune.security;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import app.attune.test.MutableClock;

/** The sign-in tests' "now", moved by each test to try waits, expiries and time steps without waiting for them. */
@TestConfiguration(proxyBeanMethods = false)
class SecurityTestClock {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOON);
    }
}
