package app.attune.consultation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits booking attempts per client address and per email, with token buckets that refill over time, so a person
 * who hits the limit only waits. Kept in memory: each instance limits on its own.
 */
@Component
public class BookingRateLimiter {

    static final int MAX_TRACKED = 10_000;

    private final BookingProperties properties;
    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> byEmail = new ConcurrentHashMap<>();

    BookingRateLimiter(BookingProperties properties) {
        this.properties = properties;
    }

    /** Takes one attempt from the address's and the email's allowance; {@link RateLimitedException} when spent. */
    public void check(String address, String email) {
        boolean allowed = take(byAddress, address, properties.perIpPerHour(), Duration.ofHours(1))
                && take(byEmail, email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                        properties.perEmailPerDay(), Duration.ofDays(1));
        if (!allowed) {
            throw new RateLimitedException();
        }
    }

    /**
     * The address a request really came from: the first X-Forwarded-For hop, but only when the direct peer is one of
     * the configured proxies; otherwise the peer itself, so nobody can dodge the limit by inventing a header.
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !properties.trustedProxies().contains(remoteAddress)) {
            return remoteAddress;
        }
        var hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        // The nearest hop not belonging to our own proxies is the client.
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!properties.trustedProxies().contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddress;
    }

    private static boolean take(ConcurrentMap<String, Bucket> buckets, String key, int limit, Duration period) {
        if (limit <= 0 || key == null) {
            return true;
        }
        if (buckets.size() > MAX_TRACKED) {
            // Forget those who are back to a full allowance, so a flood of addresses can't grow memory without end.
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit);
        }
        var bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build()).build());
        return bucket.tryConsume(1);
    }
}
