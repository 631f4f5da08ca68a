package app.attune.consultation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits booking attempts per client address and per email, with token buckets that refill over time, so a person
 * who hits the limit only waits. The buckets live in PostgreSQL (Bucket4j's proxy manager, table
 * {@code booking_rate_bucket}, each bucket's row locked while an attempt is taken from it), so every instance behind
 * the load balancer draws on the same allowance. Time is the injected clock's. The address is the request's remote
 * address, which only the web layer's trusted-proxy setting ({@code attune.network.trusted-proxies}) may change.
 *
 * @see "Design decision: docs/decisions/019-one-database-many-instances.md"
 */
@Component
class BookingRateLimiter {

    /** How many full buckets one statement of the purge deletes. */
    static final int PURGE_BATCH = 1000;

    private final BookingProperties properties;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    BookingRateLimiter(BookingProperties properties, DataSource dataSource, Clock clock) {
        this.properties = properties;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("booking_rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTimeMeter(clock))
                // A bucket's row may go once it is full again: a new one would start just as full.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes one attempt from the address's and the email's allowance; {@link RateLimitedException} when spent. */
    public void check(@Nullable String address, @Nullable String email) {
        var wait = take(address == null ? null : "ip:" + address, properties.perIpPerHour(), Duration.ofHours(1));
        if (wait.isZero()) {
            wait = take(
                    email == null ? null : "email:" + email.strip().toLowerCase(Locale.ROOT),
                    properties.perEmailPerDay(),
                    Duration.ofDays(1));
        }
        if (!wait.isZero()) {
            throw new RateLimitedException(wait);
        }
    }

    /**
     * Deletes the buckets that are full again, a batch per statement, and answers how many, so a flood of addresses
     * can't grow the table without end. Buckets another instance is using are skipped, not waited for. Bucket4j's own
     * statement, which compares {@code expires_at} with the system clock, as Bucket4j stamps it.
     */
    int forgetFullBuckets() {
        int total = 0;
        int deleted;
        do {
            deleted = buckets.removeExpired(PURGE_BATCH);
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }

    /** The hourly purge, on one instance at a time (decision 019). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    @SchedulerLock(name = "booking-rate-bucket-purge", lockAtLeastFor = "PT50M", lockAtMostFor = "PT1H")
    void forgetFullBucketsHourly() {
        forgetFullBuckets();
    }

    /** Takes one attempt; zero when it was allowed, otherwise how long until the next one will be. */
    private Duration take(@Nullable String key, int limit, Duration period) {
        if (limit <= 0 || key == null) {
            return Duration.ZERO;
        }
        var probe = buckets.builder()
                .build(
                        key,
                        () -> BucketConfiguration.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(limit)
                                        .refillGreedy(limit, period)
                                        .build())
                                .build())
                .tryConsumeAndReturnRemaining(1);
        // At least a second, so a refused attempt never says "try again in 0 seconds".
        return probe.isConsumed()
                ? Duration.ZERO
                : Duration.ofNanos(Math.max(
                        probe.getNanosToWaitForRefill(), Duration.ofSeconds(1).toNanos()));
    }

    /** Bucket4j's time, read from the application's clock, so that tests move it as they move everything else. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
