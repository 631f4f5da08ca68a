package app.attune.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.AppointmentStatus;
import app.attune.scheduling.CalendarFileChecks;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import app.attune.test.StatementCounter;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class BookingServiceTest {

    /** Tuesday 24 February 2026 at 09:00 in Halifax: the first slot of Leila's Tuesday window. */
    static final Instant TUESDAY_NINE = Instant.parse("2026-02-24T13:00:00Z");

    @Autowired
    BookingService booking;

    @Autowired
    ConsultationReminders reminders;

    @Autowired
    SlotEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Validator validator;

    @Autowired
    BookingProperties limits;

    @Autowired
    BookingRateLimiter limiter;

    @Autowired
    AvailabilityService availability;

    @Autowired
    ApplicationContext context;

    private UUID leila;
    private String leilasEmail;
    private UUID sam;

    /**
     * Two therapists of this test's own, with the weeks the demo gives Leila and Sam: working 09:00–17:00 on
     * weekdays, and consultations on Tuesday 09:00–12:00 and Thursday 13:00–16:00 (Leila), Monday 10:00–12:00,
     * Wednesday 14:00–17:00 and Saturday 10:00–12:00 (Sam).
     */
    @BeforeEach
    void setUp() {
        clock.set(ConsultationTestClock.FRIDAY_NOON);
        var clinic = new TestClinic(context);
        Person leilasLogin = clinic.therapist("Leila Moradi");
        leila = leilasLogin.id();
        leilasEmail = leilasLogin.email();
        Person samsLogin = clinic.therapist("Sam Richard");
        sam = samsLogin.id();
        ConsultationWeeks.give(clinic, availability, leilasLogin, ConsultationWeeks.LEILAS);
        ConsultationWeeks.give(clinic, availability, samsLogin, ConsultationWeeks.SAMS);
    }

    private static BookingRequest request(UUID therapist, Instant start, String email) {
        return new BookingRequest(
                therapist,
                start,
                "Amal Haddad",
                email,
                "902 555 0170",
                "I have been feeling anxious since moving here.",
                true,
                null,
                "America/Toronto");
    }

    private long outboxTo(String email) {
        return jdbc.queryForObject("select count(*) from outbox_email where to_address = ?::citext", Long.class, email);
    }

    @Test
    void a_visitor_books_a_free_slot_and_both_sides_are_emailed_without_the_visitors_message() {
        var confirmation = booking.book(
                request(leila, TUESDAY_NINE.plus(Duration.ofHours(1)), "amal.one@example.org"), "203.0.113.1");

        assertThat(confirmation.reference()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(confirmation.end()).isEqualTo(confirmation.start().plus(Duration.ofMinutes(15)));
        assertThat(confirmation.therapistName()).isEqualTo("Leila Moradi");
        assertThat(outboxTo("amal.one@example.org")).isEqualTo(1);
        assertThat(outboxTo(leilasEmail)).isPositive();
        var email = jdbc.queryForMap("select subject, body_text, attachment_name, convert_from(attachment_data, 'UTF8')"
                + " as ics from outbox_email where to_address = 'amal.one@example.org'");
        assertThat((String) email.get("body_text"))
                .contains("Eastern", confirmation.reference(), "/consultation/")
                .doesNotContain("anxious");
        assertThat((String) email.get("ics"))
                .contains("BEGIN:VEVENT", "DTSTART:20260224T140000Z")
                .doesNotContain("anxious");
        assertThat(CalendarFileChecks.stampsPerEvent((String) email.get("ics"))).containsExactly(1);
        assertThat(jdbc.queryForObject(
                        "select manage_token_hash from consultation where reference = ?",
                        String.class,
                        confirmation.reference()))
                .isEqualTo(app.attune.base.Tokens.hash(confirmation.manageToken()));
    }

    @Test
    void twenty_people_booking_the_same_slot_at_once_leave_exactly_one_booking() throws Exception {
        Instant slot = TUESDAY_NINE.plus(Duration.ofHours(2));
        int people = 20;
        var ready = new CountDownLatch(people);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(people);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String email = "racer" + i + "@example.org";
            outcomes.add(pool.submit((Callable<String>) () -> {
                ready.countDown();
                go.await();
                try {
                    booking.book(request(leila, slot, email), "198.51.100.7");
                    return "booked";
                } catch (SlotUnavailableException e) {
                    return e.reason().name();
                } catch (RuntimeException e) {
                    return "error: " + e;
                }
            }));
        }
        ready.await();
        go.countDown();
        var results = new ArrayList<String>();
        for (var f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("booked"::equals).hasSize(1);
        assertThat(results).filteredOn("TAKEN"::equals).hasSize(people - 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where therapist_id = ? and status <> 'CANCELLED'"
                                + " and starts_at = ?",
                        Long.class,
                        leila,
                        java.sql.Timestamp.from(slot)))
                .isEqualTo(1);
    }

    @Test
    void a_taken_slot_is_refused_with_the_nearest_free_times() {
        Instant slot = TUESDAY_NINE.plus(Duration.ofMinutes(30));
        booking.book(request(leila, slot, "first.comer@example.org"), "203.0.113.2");

        assertThatThrownBy(() -> booking.book(request(leila, slot, "second.comer@example.org"), "203.0.113.3"))
                .isInstanceOfSatisfying(SlotUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.TAKEN);
                    assertThat(e.nearest())
                            .isNotEmpty()
                            .allSatisfy(s -> assertThat(s.start()).isNotEqualTo(slot));
                });
    }

    @Test
    void times_that_are_not_offered_are_refused_and_leave_no_trace() {
        long before = jdbc.queryForObject("select count(*) from appointment", Long.class);
        for (Instant bad : List.of(
                Instant.parse("2026-02-19T13:00:00Z"), // in the past
                Instant.parse("2026-02-20T15:00:00Z"), // inside the 12 hours' notice
                Instant.parse("2026-05-05T12:00:00Z"), // beyond 60 days
                TUESDAY_NINE.plus(Duration.ofMinutes(7)), // off the quarter-hour grid
                Instant.parse("2026-02-24T19:00:00Z"))) { // Tuesday 15:00, outside the window
            assertThatThrownBy(() -> booking.book(
                            request(leila, bad, "late." + bad.getEpochSecond() + "@example.org"), "203.0.113.4"))
                    .as(bad.toString())
                    .isInstanceOfSatisfying(
                            SlotUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.NOT_OFFERED));
        }
        assertThat(jdbc.queryForObject("select count(*) from appointment", Long.class))
                .isEqualTo(before);
    }

    @Test
    void bad_fields_are_refused_one_by_one_in_plain_words() {
        var bad =
                new BookingRequest(leila, TUESDAY_NINE, "   ", "no-domain@", "12", "x".repeat(1001), false, null, null);

        assertThatThrownBy(() -> booking.book(bad, "203.0.113.5"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("name", "email", "phone", "message", "consent"));
    }

    @Test
    void an_unknown_therapist_or_one_not_accepting_consultations_is_refused() {
        assertThatThrownBy(
                        () -> booking.book(request(UUID.randomUUID(), TUESDAY_NINE, "who@example.org"), "203.0.113.6"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("therapistId"));
    }

    @Test
    void a_therapist_who_is_not_taking_new_consultations_offers_nothing_and_refuses_bookings() {
        jdbc.update(
                "insert into booking_settings (therapist_id, accepting_consultations) values (?, false)"
                        + " on conflict (therapist_id) do update set accepting_consultations = false",
                sam);
        try {
            assertThat(engine.bookableTherapists()).noneMatch(t -> t.id().equals(sam));
            assertThatThrownBy(() -> booking.book(
                            request(sam, Instant.parse("2026-02-25T18:30:00Z"), "not.now@example.org"), "203.0.113.16"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst())
                                    .isEqualTo(new FieldProblem(
                                            "therapistId",
                                            "This counsellor isn't taking new consultations"
                                                    + " right now. Please choose another, or the first available.")));
        } finally {
            jdbc.update("update booking_settings set accepting_consultations = true where therapist_id = ?", sam);
        }
    }

    @Test
    void a_filled_honeypot_is_refused() {
        var robot = new BookingRequest(
                leila, TUESDAY_NINE, "Bot", "bot@example.org", null, null, true, "http://spam.example", null);

        assertThatThrownBy(() -> booking.book(robot, "203.0.113.7")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void markup_in_a_message_is_kept_as_plain_text_and_markup_in_a_name_is_refused() {
        var request = new BookingRequest(
                sam,
                Instant.parse("2026-02-25T18:00:00Z"),
                "Amal Haddad",
                "markup@example.org",
                null,
                "<b>hi</b>",
                true,
                null,
                null);

        var confirmation = booking.book(request, "203.0.113.8");

        assertThat(jdbc.queryForObject(
                        "select message from consultation where reference = ?", String.class, confirmation.reference()))
                .isEqualTo("<b>hi</b>");
        assertThatThrownBy(() -> booking.book(
                        new BookingRequest(
                                sam,
                                Instant.parse("2026-02-25T18:15:00Z"),
                                "<script>alert(1)</script>",
                                "markup2@example.org",
                                null,
                                null,
                                true,
                                null,
                                null),
                        "203.0.113.8"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("name"));
    }

    @Test
    void an_email_with_an_upcoming_consultation_books_like_any_other_and_only_its_mailbox_hears_of_the_first() {
        var first =
                booking.book(request(sam, Instant.parse("2026-02-25T18:45:00Z"), "once@example.org"), "203.0.113.9");
        long appointments = jdbc.queryForObject("select count(*) from appointment", Long.class);
        var again = new BookingRequest(
                sam,
                Instant.parse("2026-02-25T19:30:00Z"),
                "Someone Else",
                "ONCE@example.org",
                null,
                "Click http://evil.example",
                true,
                null,
                "Europe/Paris");

        var second = booking.book(again, "203.0.113.99");

        assertThat(second.reference()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}").isNotEqualTo(first.reference());
        assertThat(second.start()).isEqualTo(again.start());
        assertThat(second.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(jdbc.queryForObject("select count(*) from appointment", Long.class))
                .isEqualTo(appointments + 1);
        assertThat(booking.manage(first.manageToken()).reference())
                .as("the first link still works")
                .isEqualTo(first.reference());
        assertThat(booking.manage(second.manageToken()).reference()).isEqualTo(second.reference());
        String text = jdbc.queryForObject(
                "select body_text from outbox_email where lower(to_address) = 'once@example.org'"
                        + " and body_text like '%' || ? || '%'",
                String.class, second.reference());
        assertThat(text)
                .contains(
                        "Hello Someone Else,",
                        second.reference(),
                        "You also have a consultation booked",
                        first.reference(),
                        "Wednesday, February 25, 2026")
                .doesNotContain("evil");
        assertThat(outboxTo("once@example.org") + outboxTo("ONCE@example.org")).isEqualTo(2);
    }

    @Test
    void names_in_any_script_are_taken_and_urls_at_signs_digits_and_control_characters_are_refused() {
        for (String name : List.of(
                "فاطمه رحیمی",
                "Nguyễn Văn Minh",
                "O'Brien",
                "O\u2019Brien",
                "Marie-Ève",
                "Marie-E\u0300ve",
                "J. R.",
                "J. R. R. Tolkien",
                "李小龍",
                "Zoë  Ng",
                "x".repeat(80))) {
            var request =
                    new BookingRequest(leila, TUESDAY_NINE, name, "name@example.org", null, null, true, null, null);
            assertThat(validator.validate(request)).as(name).isEmpty();
        }
        var farsi = booking.book(
                new BookingRequest(
                        leila,
                        TUESDAY_NINE.plus(Duration.ofMinutes(90)),
                        "فاطمه رحیمی",
                        "fatemeh@example.org",
                        null,
                        null,
                        true,
                        null,
                        null),
                "203.0.113.30");
        assertThat(jdbc.queryForObject(
                        "select body_text from outbox_email where to_address = 'fatemeh@example.org'", String.class))
                .contains("Hello فاطمه رحیمی,", farsi.reference());
        for (String name : List.of(
                "http://x.y",
                "www.evil.com",
                "evil.com",
                "a@b",
                "Amal\u0000Haddad",
                "Amal\u0007",
                "Amal\nHaddad",
                "Amal\u202EHaddad",
                "Call 902 555 0147",
                "x".repeat(81),
                "\uD800Amal",
                "-Amal",
                "Amal--Haddad")) {
            var request = new BookingRequest(
                    leila,
                    TUESDAY_NINE.plus(Duration.ofHours(3)),
                    name,
                    "bad@example.org",
                    null,
                    null,
                    true,
                    null,
                    null);
            assertThatThrownBy(() -> booking.book(request, "203.0.113.31"))
                    .as(name)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::field)
                                    .containsOnly("name"));
        }
        assertThat(jdbc.queryForObject("select count(*) from consultation where email = 'bad@example.org'", Long.class))
                .isZero();
    }

    @Test
    void control_characters_in_any_field_and_a_zone_that_is_not_an_iana_region_are_refused_on_their_fields() {
        var request = new BookingRequest(
                leila,
                TUESDAY_NINE,
                "Amal Haddad",
                "amal\u0000@example.org",
                "902 555 0170\u0000",
                "Hello\u0000 there \uDC00",
                true,
                null,
                "Mars/Olympus");

        assertThatThrownBy(() -> booking.book(request, "203.0.113.32"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains("email", "phone", "message", "timeZone"));
        for (String zone : List.of("+05:00", "UTC+3", "america/halifax", "Europe/Nowhere")) {
            var zoned = new BookingRequest(
                    leila,
                    TUESDAY_NINE,
                    "Amal Haddad",
                    "zone@example.org",
                    null,
                    "Line one\nline two\ttabbed",
                    true,
                    null,
                    zone);
            assertThatThrownBy(() -> booking.book(zoned, "203.0.113.33"))
                    .as(zone)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::field)
                                    .containsExactly("timeZone"));
        }
    }

    @Test
    void too_many_attempts_for_one_email_are_slowed_down() {
        var request = request(leila, Instant.parse("2026-02-19T13:00:00Z"), "eager@example.org");
        for (int i = 0; i < limits.perEmailPerDay(); i++) {
            assertThatThrownBy(() -> booking.book(request, "203.0.113.10"))
                    .isInstanceOf(SlotUnavailableException.class);
        }

        assertThatThrownBy(() -> booking.book(request, "203.0.113.10")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void a_bucket_that_is_full_again_is_purged_and_one_still_refilling_is_kept() {
        var request = request(leila, Instant.parse("2026-02-19T13:00:00Z"), "purged.bucket@example.org");
        assertThatThrownBy(() -> booking.book(request, "203.0.113.44")).isInstanceOf(SlotUnavailableException.class);
        // Bucket4j stamps when a bucket is full again by the system clock, which a test can't move: the address's
        // bucket is made to have been full for a minute, the email's is still refilling.
        jdbc.update(
                "update booking_rate_bucket set expires_at = ? where id = 'ip:203.0.113.44'",
                System.currentTimeMillis() - 60_000);

        assertThat(jdbc.queryForObject(
                        "select expires_at from booking_rate_bucket where id = 'email:purged.bucket@example.org'",
                        Long.class))
                .isGreaterThan(System.currentTimeMillis());

        assertThat(limiter.forgetFullBuckets()).isPositive();

        assertThat(jdbc.queryForList(
                        "select id from booking_rate_bucket where id in (?, ?)",
                        String.class,
                        "ip:203.0.113.44",
                        "email:purged.bucket@example.org"))
                .containsExactly("email:purged.bucket@example.org");
    }

    @Test
    void the_private_link_cancels_until_the_start_and_frees_the_time() {
        Instant slot = Instant.parse("2026-02-26T17:00:00Z");
        var confirmation = booking.book(request(leila, slot, "canceller@example.org"), "203.0.113.11");

        booking.cancel(confirmation.manageToken());

        assertThat(booking.manage(confirmation.manageToken()).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThatThrownBy(() -> booking.cancel(confirmation.manageToken())).hasMessageContaining("already cancelled");
        var again = booking.book(request(leila, slot, "next.person@example.org"), "203.0.113.12");
        assertThat(again.start()).isEqualTo(slot);
    }

    @Test
    void a_reschedule_to_a_taken_time_keeps_the_original_booking() {
        Instant mine = Instant.parse("2026-02-26T17:30:00Z");
        Instant theirs = Instant.parse("2026-02-26T18:00:00Z");
        var confirmation = booking.book(request(leila, mine, "mover@example.org"), "203.0.113.13");
        booking.book(request(leila, theirs, "holder@example.org"), "203.0.113.14");

        assertThatThrownBy(() -> booking.reschedule(confirmation.manageToken(), theirs))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(booking.manage(confirmation.manageToken()).start()).isEqualTo(mine);

        var moved = booking.reschedule(confirmation.manageToken(), Instant.parse("2026-02-26T18:45:00Z"));
        assertThat(moved.start()).isEqualTo(Instant.parse("2026-02-26T18:45:00Z"));
        assertThat(booking.manage(confirmation.manageToken()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void an_unknown_link_is_explained() {
        assertThatThrownBy(() -> booking.manage("not-a-token")).hasMessageContaining("isn't valid");
    }

    @Test
    void both_sides_get_one_reminder_a_day_before() {
        var confirmation = booking.book(
                request(sam, Instant.parse("2026-03-02T14:00:00Z"), "remind.me@example.org"), "203.0.113.15");
        clock.set(Instant.parse("2026-03-01T15:00:00Z"));

        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_email where subject like 'A reminder%'"
                                + " and to_address = 'remind.me@example.org'",
                        Long.class))
                .isEqualTo(1);
        assertThat(confirmation).isNotNull();
    }

    @Test
    void reminding_three_consultations_sends_as_many_statements_as_reminding_one() {
        // Sam's Wednesday window, a day the other tests leave alone; the clock then stands within a day of all four.
        Instant wednesday = Instant.parse("2026-03-04T18:00:00Z");
        Instant dayBefore = Instant.parse("2026-03-03T19:45:00Z");
        booking.book(request(sam, wednesday, "budget.one@example.org"), "203.0.113.21");
        clock.set(dayBefore);
        int[] reminded = new int[2];
        long one = StatementCounter.countOnThisThread(() -> reminded[0] = reminders.sendDue());

        clock.set(ConsultationTestClock.FRIDAY_NOON);
        for (int i = 1; i <= 3; i++) {
            booking.book(
                    request(sam, wednesday.plus(Duration.ofMinutes(30L * i)), "budget.three" + i + "@example.org"),
                    "203.0.113.21");
        }
        clock.set(dayBefore);
        long three = StatementCounter.countOnThisThread(() -> reminded[1] = reminders.sendDue());

        assertThat(reminded).containsExactly(1, 3);
        assertThat(three).isEqualTo(one);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_email where subject like 'A reminder%'"
                                + " and to_address like 'budget.%'",
                        Long.class))
                .isEqualTo(4);
    }
}
