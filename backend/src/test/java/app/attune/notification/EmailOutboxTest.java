package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.attune.test.IntegrationTest;
import app.attune.test.ScheduledJobs;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

// The scheduled sender is held off during each test, so these tests drive the sender themselves and nothing races
// them. The batch size is five (the backend tests' application.properties).
@IntegrationTest
@ActiveProfiles("demo")
class EmailOutboxTest {

    // The shared server, on a fixed port, so it can be stopped and come back where the app expects it.
    static final GreenMail greenMail = TestMailServer.greenMail();

    static final byte[] CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Attune//EN
            BEGIN:VEVENT
            UID:6f1c8e52@attune.invalid
            DTSTART:20270115T150000Z
            SUMMARY:Appointment
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    /** An address of no one in the clinic: the outbox sends to addresses, it doesn't look up people. */
    static final String ZOE = "zoe@example.org";

    @Autowired
    EmailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    record Row(String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {}

    @BeforeEach
    void emptyOutbox() throws Exception {
        ScheduledJobs.holdOff(context, OutboxSender.class);
        // Waits for a scheduled run that was under way, which holds its rows locked until it has sent them.
        jdbc.sql("delete from outbox_email").update();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void mailServerBack() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private Row row() {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error, sent_at from outbox_email")
                .query(Row.class)
                .single();
    }

    private long stored() {
        return jdbc.sql("select count(*) from outbox_email").query(Long.class).single();
    }

    private static Email reminder() {
        return new Email(
                ZOE, "A reminder from your clinic", "You have an appointment tomorrow. Sign in to see the details.");
    }

    @Test
    void an_enqueued_email_arrives_once_with_its_subject_utf8_text_and_attachment() throws Exception {
        inTransaction(() -> outbox.enqueue(new Email(
                ZOE,
                "Your appointment, Zoë Nguyễn",
                "Hello Zoë Nguyễn,\n\nYour appointment is booked. The calendar file is attached.\n",
                new Email.Attachment("appointment.ics", "text/calendar; charset=UTF-8; method=REQUEST", CALENDAR))));

        sender.sendDueEmails();

        await().untilAsserted(() -> assertThat(greenMail.getReceivedMessages()).hasSize(1));
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Your appointment, Zoë Nguyễn");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(ZOE);
        assertThat(message.getFrom()[0].toString()).isEqualTo("Attune <no-reply@attune.invalid>");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType())
                .containsIgnoringCase("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).asString().startsWith("Hello Zoë Nguyễn,");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("appointment.ics");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(CALENDAR);

        Row row = row();
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.attempts()).isZero();
        assertThat(row.sentAt()).isNotNull();

        sender.sendDueEmails();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void an_email_without_an_attachment_is_a_single_plain_text_part() throws Exception {
        inTransaction(() -> outbox.enqueue(reminder()));

        sender.sendDueEmails();

        await().untilAsserted(() -> assertThat(greenMail.getReceivedMessages()).hasSize(1));
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(message.getContent()).asString().startsWith("You have an appointment tomorrow.");
    }

    @Test
    void enqueue_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.enqueue(reminder())).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(stored()).isZero();
    }

    @Test
    void an_email_enqueued_in_a_rolled_back_transaction_is_never_sent() {
        assertThatThrownBy(() -> inTransaction(() -> {
                    outbox.enqueue(reminder());
                    throw new IllegalStateException("the booking could not be saved");
                }))
                .hasMessage("the booking could not be saved");

        sender.sendDueEmails();

        assertThat(stored()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void while_the_mail_server_is_down_the_email_waits_and_is_delivered_once_it_is_back_and_due() {
        greenMail.stop();
        inTransaction(() -> outbox.enqueue(reminder()));
        Instant before = clock.instant();

        sender.sendDueEmails();

        Row waiting = row();
        assertThat(waiting.status()).isEqualTo("PENDING");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(before.plus(OutboxSender.FIRST_RETRY));
        assertThat(waiting.lastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
        assertThat(waiting.sentAt()).isNull();

        greenMail.start();
        sender.sendDueEmails();
        assertThat(greenMail.getReceivedMessages()).as("not due yet").isEmpty();
        assertThat(row().attempts()).isEqualTo(1);

        jdbc.sql("update outbox_email set next_attempt_at = now() - interval '1 second'")
                .update();
        sender.sendDueEmails();

        await().untilAsserted(() -> assertThat(greenMail.getReceivedMessages()).hasSize(1));
        Row sent = row();
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        sender.sendDueEmails();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void after_its_last_attempt_an_email_is_marked_failed_and_never_tried_again() {
        greenMail.stop();
        inTransaction(() -> outbox.enqueue(reminder()));
        jdbc.sql("update outbox_email set attempts = 11").update();

        sender.sendDueEmails();

        Row failed = row();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(12);
        assertThat(failed.lastError()).isNotBlank();

        greenMail.start();
        jdbc.sql("update outbox_email set next_attempt_at = now() - interval '1 day'")
                .update();
        sender.sendDueEmails();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(row().status()).isEqualTo("FAILED");
    }

    @Test
    void two_senders_working_at_the_same_time_deliver_each_of_fifty_emails_exactly_once() throws Exception {
        inTransaction(() -> IntStream.rangeClosed(1, 50)
                .forEach(i ->
                        outbox.enqueue(new Email("client" + i + "@example.org", "Reminder " + i, "See you soon."))));
        var go = new CountDownLatch(1);
        Callable<Integer> drain = () -> {
            go.await();
            int taken = 0;
            for (int batch = sender.sendDueEmails(); batch > 0; batch = sender.sendDueEmails()) {
                taken += batch;
            }
            return taken;
        };

        int taken;
        try (var senders = Executors.newFixedThreadPool(2)) {
            var first = senders.submit(drain);
            var second = senders.submit(drain);
            go.countDown();
            taken = first.get(1, TimeUnit.MINUTES) + second.get(1, TimeUnit.MINUTES);
        }

        assertThat(taken).as("emails claimed by both senders together").isEqualTo(50);
        await().untilAsserted(() -> assertThat(greenMail.getReceivedMessages()).hasSize(50));
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(EmailOutboxTest::subject))
                .doesNotHaveDuplicates()
                .hasSize(50);
        assertThat(jdbc.sql("select count(*) from outbox_email where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
    }

    @Test
    void bad_input_is_refused_with_a_plain_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> inTransaction(
                        () -> outbox.enqueue(new Email("zoe.example.org", "A reminder", "See you soon."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An email needs an address with a domain, like name@example.com.");
        assertThatThrownBy(() ->
                        inTransaction(() -> outbox.enqueue(new Email("zoe@clearmind", "A reminder", "See you soon."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("zoe");
        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(new Email(ZOE, "  ", "See you soon."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An email needs a subject.");
        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An email is needed.");

        assertThat(stored()).isZero();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
