package app.attune.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without ever locking the real person out for good: after a few failures for an email
 * or from an address, each further attempt must wait twice as long as the last, up to a cap. Called by the sign-in
 * itself, before anyone is signed in, so its methods carry no role checks.
 *
 * <p>Both counts are kept in PostgreSQL ({@code sign_in_attempt} per email, {@code sign_in_address_attempt} per
 * address), each failure counted by one atomic upsert, so several instances behind a load balancer throttle one
 * account and one address as one.
 *
 * @see "Design decision: docs/decisions/019-one-database-many-instances.md"
 */
@Service
public class SignInThrottle {

    /** How many forgotten addresses one statement of the purge deletes, so it never holds many rows at once. */
    static final int PURGE_BATCH = 1000;
    /** An address quiet this long starts afresh: a shared clinic address collects typos over months otherwise. */
    private static final Duration ADDRESS_MEMORY = Duration.ofDays(1);

    private record Failures(int count, Instant last) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties.Throttle settings;

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
        var forAddress = fromAddress(address)
                .map(f -> remaining(f, settings.ipFreeAttempts(), now))
                .orElse(Duration.ZERO);
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
                    .param("at", Timestamp.from(now))
                    .update();
        }
        if (address != null) {
            // One statement, so two instances counting the same address at once both count.
            jdbc.sql("""
                    insert into sign_in_address_attempt (address, failures, last_failure_at) values (:address, 1, :at)
                    on conflict (address) do update
                    set failures = case when sign_in_address_attempt.last_failure_at < :forgetBefore then 1
                                        else sign_in_address_attempt.failures + 1 end,
                        last_failure_at = excluded.last_failure_at""")
                    .param("address", address)
                    .param("at", Timestamp.from(now))
                    .param("forgetBefore", Timestamp.from(now.minus(ADDRESS_MEMORY)))
                    .update();
        }
    }

    /**
     * How many failed sign-ins the address limit holds against this client address now: what a support person asks
     * when someone says they can't get in, and how the tests see which address a sign-in was counted against.
     */
    @Transactional(readOnly = true)
    public int failuresFrom(String address) {
        var now = clock.instant();
        return fromAddress(address)
                .filter(f -> !f.last().plus(ADDRESS_MEMORY).isBefore(now))
                .map(Failures::count)
                .orElse(0);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    @SchedulerLock(name = "sign-in-address-purge", lockAtLeastFor = "PT50M", lockAtMostFor = "PT1H")
    void forgetQuietAddressesHourly() {
        forgetQuietAddresses();
    }

    /**
     * Forgets the addresses quiet for longer than a day, a batch per statement, and answers how many. Hourly, on one
     * instance at a time; a row it misses is forgotten by the count anyway, so the table only stays small.
     */
    int forgetQuietAddresses() {
        var before = Timestamp.from(clock.instant().minus(ADDRESS_MEMORY));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                    delete from sign_in_address_attempt where address in (
                        select address from sign_in_address_attempt where last_failure_at < :before
                        limit :batch for update skip locked)""")
                    .param("before", before)
                    .param("batch", PURGE_BATCH)
                    .update();
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
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

    private Optional<Failures> fromAddress(@Nullable String address) {
        if (address == null) {
            return Optional.empty();
        }
        return jdbc.sql("select failures, last_failure_at from sign_in_address_attempt where address = :address")
                .param("address", address)
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
