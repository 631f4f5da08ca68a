package app.attune.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without ever locking the real person out for good: after a few failures for an email
 * or from an address, each further attempt must wait twice as long as the last, up to a cap. Called by the sign-in
 * itself, before anyone is signed in, so its methods carry no role checks.
 */
@Service
public class SignInThrottle {

    /** Enough addresses for a busy clinic and an attacker rotating through many, in a few hundred kilobytes. */
    private static final int MAX_ADDRESSES = 10_000;
    /** An address quiet this long starts afresh: a shared clinic address collects typos over months otherwise. */
    private static final Duration ADDRESS_MEMORY = Duration.ofDays(1);

    private record Failures(int count, Instant last) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties.Throttle settings;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.throttle();
    }

    /**
     * How much longer a sign-in for this email from this address must wait, or empty if it may be tried now. The
     * longer of the two waits wins.
     */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeNextAttempt(String email, @Nullable String address) {
        var now = clock.instant();
        var forAccount = account(email)
                .map(f -> remaining(f, settings.accountFreeAttempts(), now))
                .orElse(Duration.ZERO);
        Failures fromAddress;
        synchronized (byAddress) {
            fromAddress = address == null ? null : byAddress.get(address);
        }
        var forAddress = fromAddress == null ? Duration.ZERO : remaining(fromAddress, settings.ipFreeAttempts(), now);
        var wait = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Counts a wrong password (or unknown email) against the email and the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, @Nullable String address) {
        var now = clock.instant();
        if (email != null && !email.isBlank()) {
            jdbc.sql("""
                    insert into sign_in_attempt (email, failures, last_failure_at) values (cast(:email as citext), 1, :at)
                    on conflict (email) do update
                    set failures = sign_in_attempt.failures + 1, last_failure_at = excluded.last_failure_at""")
                    .param("email", email.strip())
                    .param("at", java.sql.Timestamp.from(now))
                    .update();
        }
        if (address != null) {
            synchronized (byAddress) {
                byAddress.merge(
                        address,
                        new Failures(1, now),
                        (old, one) -> old.last().plus(ADDRESS_MEMORY).isBefore(now)
                                ? one
                                : new Failures(old.count() + 1, now));
            }
        }
    }

    /**
     * How many failed sign-ins the address limit holds against this client address now: what a support person asks
     * when someone says they can't get in, and how the tests see which address a sign-in was counted against.
     */
    public int failuresFrom(String address) {
        var now = clock.instant();
        synchronized (byAddress) {
            var failures = address == null ? null : byAddress.get(address);
            return failures == null || failures.last().plus(ADDRESS_MEMORY).isBefore(now) ? 0 : failures.count();
        }
    }

    /**
     * A correct password: the account starts afresh. The address keeps its count, so that an attacker with one
     * account of their own cannot clear the way for guessing others'.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        jdbc.sql("delete from sign_in_attempt where email = cast(:email as citext)")
                .param("email", email.strip())
                .update();
    }

    private Optional<Failures> account(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select failures, last_failure_at from sign_in_attempt where email = cast(:email as citext)")
                .param("email", email.strip())
                .query((rs, i) -> new Failures(
                        rs.getInt("failures"),
                        rs.getTimestamp("last_failure_at").toInstant()))
                .optional();
    }

    private Duration remaining(Failures failures, int free, Instant now) {
        if (failures.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 30);
        var wait = settings.firstWait().multipliedBy(1L << doublings);
        if (wait.compareTo(settings.maxWait()) > 0) {
            wait = settings.maxWait();
        }
        var left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
