package app.attune.consultation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Limits booking attempts per client address and per email, with token buckets that refill over time, so a person
 * who hits the limit only waits. Kept in memory: each instance limits on its own. The address is the request's remote
 * address, which only the web layer's trusted-proxy setting ({@code attune.network.trusted-proxies}) may change.
 */
@Component
class BookingRateLimiter {

    static final int MAX_TRACKED = 10_000;

    private final BookingProperties properties;
    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> byEmail = new ConcurrentHashMap<>();

    BookingRateLimiter(BookingProperties properties) {
        this.properties = properties;
    }

    /** Takes one attempt from the address's and the email's allowance; {@link RateLimitedException} when spent. */
    public void check(@Nullable String address, @Nullable String email) {
        var wait = take(byAddress, address, properties.perIpPerHour(), Duration.ofHours(1));
        if (wait.isZero()) {
            wait = take(
                    byEmail,
                    email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                    properties.perEmailPerDay(),
                    Duration.ofDays(1));
        }
        if (!wait.isZero()) {
            throw new RateLimitedException(wait);
        }
    }

    /** Takes one attempt; zero when it was allowed, otherwise how long until the next one will be. */
    private static Duration take(
            ConcurrentMap<String, Bucket> buckets, @Nullable String key, int limit, Duration period) {
        if (limit <= 0 || key == null) {
            return Duration.ZERO;
        }
        if (buckets.size() > MAX_TRACKED) {
            // Forget those who are back to a full allowance, so a flood of addresses can't grow memory without end.
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit);
        }
        var bucket = buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limit)
                                .refillGreedy(limit, period)
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        // At least a second, so a refused attempt never says "try again in 0 seconds".
        return probe.isConsumed()
                ? Duration.ZERO
                : Duration.ofNanos(Math.max(
                        probe.getNanosToWaitForRefill(), Duration.ofSeconds(1).toNanos()));
    }
}
