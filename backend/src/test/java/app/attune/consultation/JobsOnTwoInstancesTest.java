package app.attune.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.attune.SecondInstance;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import app.attune.test.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two instances of Attune on one database (decision 019): the shared test context and {@link SecondInstance}, which
 * share the database, the mail server and the clock. The scheduled jobs that ShedLock guards run on one of them per
 * period, each reminder is sent once, and the booking limits are one allowance for both.
 *
 * <p>ShedLock reads the database's clock, which a test cannot move, while the jobs read the clinic's clock, which it
 * does. A test's period is one step of the clinic's clock; at each step it ends the locks that the previous step's
 * runs hold for their {@code lockAtLeastFor}, as that much database time would have, and fires every guarded job on
 * both instances at the same moment, as two schedulers whose turns coincide would.
 */
@IntegrationTest
@ActiveProfiles("demo")
class JobsOnTwoInstancesTest {

    /** Every lock a scheduled job takes, and the method each scheduler calls. */
    static final Map<String, String> GUARDED = Map.of(
            "session-reminders", "SessionReminders.sendDueScheduled",
            "consultation-reminders", "ConsultationReminders.sendDueScheduled",
            "audit-verify", "AuditChain.verifyDaily",
            "sign-in-address-purge", "SignInThrottle.forgetQuietAddressesHourly",
            "booking-rate-bucket-purge", "BookingRateLimiter.forgetFullBucketsHourly");

    @Autowired
    ApplicationContext context;

    @Autowired
    BookingService booking;

    @Autowired
    AvailabilityService availability;

    @Autowired
    BookingProperties limits;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    ApplicationContext second;

    @BeforeEach
    void twoInstancesAndACountOfEveryLockTaken() {
        second = SecondInstance.beside(context);
        // Each time a lock is taken its locked_at changes (an end of a run changes lock_until only); a trigger of the
        // test's own counts those, whichever instance took it.
        jdbc.execute("create table test_lock_taken (name text not null)");
        jdbc.execute("""
                create function test_count_lock_taken() returns trigger language plpgsql as $$
                begin
                    if tg_op = 'INSERT' or new.locked_at is distinct from old.locked_at then
                        insert into test_lock_taken (name) values (new.name);
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger test_count_lock_taken after insert or update on shedlock"
                + " for each row execute function test_count_lock_taken()");
    }

    @AfterEach
    void dropTheCount() {
        jdbc.execute("drop trigger if exists test_count_lock_taken on shedlock");
        jdbc.execute("drop function if exists test_count_lock_taken()");
        jdbc.execute("drop table if exists test_lock_taken");
        endLocks();
    }

    @Test
    void over_an_hour_on_two_instances_every_reminder_is_sent_once_and_every_job_runs_once_per_minute() {
        clock.set(ConsultationTestClock.FRIDAY_NOON);
        var clinic = new TestClinic(context);
        Person leila = clinic.therapist("Leila Moradi");
        ConsultationWeeks.give(clinic, availability, leila, ConsultationWeeks.LEILAS);
        // Tuesday 24 February, 09:00 and 10:00 in Halifax: reminded from Monday 13:00 and 14:00 UTC on.
        var nine = Instant.parse("2026-02-24T13:00:00Z");
        var ten = Instant.parse("2026-02-24T14:00:00Z");
        String first = clinic.uniqueEmail("first.reminded");
        String later = clinic.uniqueEmail("later.reminded");
        booking.book(request(leila, nine, first), "203.0.113.41");
        booking.book(request(leila, ten, later), "203.0.113.42");

        var start = Instant.parse("2026-02-23T13:00:00Z");
        for (int minute = 0; minute <= 60; minute++) {
            clock.set(start.plus(Duration.ofMinutes(minute)));
            endLocks();
            jdbc.update("delete from test_lock_taken");

            fireGuardedJobsOnBoth();

            assertThat(locksTaken())
                    .as("locks taken in minute %d, over both instances", minute)
                    .isEqualTo(GUARDED.keySet().stream().collect(Collectors.toMap(name -> name, name -> 1L)));
        }

        assertThat(remindersQueuedTo(first)).isEqualTo(1);
        assertThat(remindersQueuedTo(later)).isEqualTo(1);
        // Both instances deliver the outbox; each reminder still reaches its booker once.
        await().untilAsserted(() -> {
            assertThat(remindersReceivedBy(first)).isEqualTo(1);
            assertThat(remindersReceivedBy(later)).isEqualTo(1);
        });
    }

    @Test
    void a_lock_whose_holder_never_returns_ends_at_its_lock_at_most_for_and_the_other_instance_runs_the_job() {
        var atMost = Duration.ofSeconds(10);
        // The second instance takes the lock as a run would, then never returns from it or releases it: as if it died.
        assertThat(second.getBean(LockProvider.class)
                        .lock(new LockConfiguration(Instant.now(), "consultation-reminders", atMost, Duration.ZERO)))
                .isPresent();
        assertThat(jdbc.queryForObject(
                        "select extract(epoch from lock_until - locked_at) from shedlock"
                                + " where name = 'consultation-reminders'",
                        Double.class))
                .isEqualTo(10.0);

        fire(context, "ConsultationReminders.sendDueScheduled");
        assertThat(locksTaken()).containsEntry("consultation-reminders", 1L);

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            fire(context, "ConsultationReminders.sendDueScheduled");
            assertThat(locksTaken()).containsEntry("consultation-reminders", 2L);
        });
    }

    @Test
    void the_booking_limit_for_an_email_is_one_allowance_across_both_instances() {
        clock.set(ConsultationTestClock.FRIDAY_NOON);
        var clinic = new TestClinic(context);
        Person leila = clinic.therapist("Leila Moradi");
        ConsultationWeeks.give(clinic, availability, leila, ConsultationWeeks.LEILAS);
        // Not a time Leila offers, so every attempt is refused for the slot and only counts against the limit.
        var request = request(leila, Instant.parse("2026-02-24T20:00:00Z"), clinic.uniqueEmail("eager"));
        var instances = List.of(booking, second.getBean(BookingService.class));
        for (int i = 0; i < limits.perEmailPerDay(); i++) {
            var on = instances.get(i % 2);
            assertThatThrownBy(() -> on.book(request, "203.0.113.43")).isInstanceOf(SlotUnavailableException.class);
        }

        for (var on : instances) {
            assertThatThrownBy(() -> on.book(request, "203.0.113.43")).isInstanceOf(RateLimitedException.class);
        }
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> instances.get(1).book(request, "203.0.113.43"))
                .isInstanceOf(SlotUnavailableException.class);
    }

    /** Runs every guarded job on both instances, each instance on a thread of its own, both let go at once. */
    private void fireGuardedJobsOnBoth() {
        var go = new CountDownLatch(1);
        var runs = new ArrayList<CompletableFuture<Void>>();
        var threads = Executors.newFixedThreadPool(2);
        for (var instance : List.of(context, second)) {
            var jobs = GUARDED.values().stream().map(job -> job(instance, job)).toList();
            runs.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        jobs.forEach(Runnable::run);
                    },
                    threads));
        }
        go.countDown();
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
    }

    private static void fire(ApplicationContext instance, String job) {
        job(instance, job).run();
    }

    /** The job as the instance's scheduler runs it: through the bean's proxy, where ShedLock takes the lock. */
    private static Runnable job(ApplicationContext instance, String job) {
        return instance.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .filter(task -> task.getTask().toString().contains("." + job))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No scheduled job " + job))
                .getTask()
                .getRunnable();
    }

    /** Ends what the locks' lock-at-least-for holds, as the database's clock would have, had it moved with the clinic's. */
    private void endLocks() {
        jdbc.update("update shedlock set lock_until = timezone('utc', current_timestamp)"
                + " where lock_until > timezone('utc', current_timestamp)");
    }

    private Map<String, Long> locksTaken() {
        return jdbc.queryForList("select name, count(*) as taken from test_lock_taken group by name").stream()
                .collect(Collectors.toMap(row -> (String) row.get("name"), row -> (Long) row.get("taken")));
    }

    private long remindersQueuedTo(String email) {
        return jdbc.queryForObject(
                "select count(*) from outbox_email where subject like 'A reminder%' and to_address = ?::citext",
                Long.class, email);
    }

    private static long remindersReceivedBy(String email) {
        return Arrays.stream(TestMailServer.greenMail().getReceivedMessages())
                .filter(message -> isReminderTo(message, email))
                .count();
    }

    private static boolean isReminderTo(MimeMessage message, String email) {
        try {
            return message.getSubject().startsWith("A reminder")
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(to -> to.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BookingRequest request(Person therapist, Instant start, String email) {
        return new BookingRequest(
                therapist.id(),
                start,
                "Amal Haddad",
                email,
                "902 555 0170",
                "I have been feeling anxious since moving here.",
                true,
                null,
                "America/Toronto");
    }
}
