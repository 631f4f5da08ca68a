package app.attune.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers what is due in the outbox. Each batch is claimed with {@code for update skip locked} and stays locked
 * until it is marked sent or rescheduled, so any number of instances can run this at once without sending an email
 * twice. Only exists when there is a mail server to send to; see {@link OutboxSenderConfiguration}.
 *
 * @see "docs/decisions/004-email-outbox.md"
 */
class OutboxSender {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int MAX_ERROR_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxEmailRepository outbox;
    private final JavaMailSender mailSender;
    private final OutboxProperties properties;
    private final Clock clock;
    private final InternetAddress from;

    OutboxSender(OutboxEmailRepository outbox, JavaMailSender mailSender, OutboxProperties properties, Clock clock)
            throws AddressException {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.from = new InternetAddress(properties.from(), true);
    }

    /** Sends one batch of due emails and returns how many it took; the rest wait for the next run. */
    @Scheduled(
            fixedDelayString = "${attune.mail.poll-interval:5s}",
            initialDelayString = "${attune.mail.poll-interval:5s}")
    @Transactional
    public int sendDueEmails() {
        List<OutboxEmail> due = outbox.claimDue(clock.instant(), properties.batchSize());
        Map<MimeMessage, OutboxEmail> messages = new LinkedHashMap<>();
        for (OutboxEmail email : due) {
            try {
                messages.put(toMessage(email), email);
            } catch (MessagingException e) {
                failed(email, e);
            }
        }
        Map<Object, Exception> failures = send(messages);
        Instant now = clock.instant();
        messages.forEach((message, email) -> {
            Exception failure = failures.get(message);
            if (failure == null) {
                email.sent(now);
                log.debug("Sent email {}", email.getId());
            } else {
                failed(email, failure);
            }
        });
        return due.size();
    }

    // One connection serves the whole batch; the answer is the messages that were not sent, with why.
    private Map<Object, Exception> send(Map<MimeMessage, OutboxEmail> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            // Lists exactly the messages that failed, all of them when the server could not be reached; a
            // failure to close the connection after everything went out lists none.
            return e.getFailedMessages();
        } catch (MailException e) {
            // Authentication failed, so nothing was sent.
            Map<Object, Exception> all = new LinkedHashMap<>();
            messages.keySet().forEach(message -> all.put(message, e));
            return all;
        }
    }

    private MimeMessage toMessage(OutboxEmail email) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(
                message,
                email.hasAttachment() ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO,
                "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.getToAddress());
        helper.setSubject(email.getSubject());
        helper.setText(email.getBodyText(), false);
        String name = email.getAttachmentName();
        String type = email.getAttachmentType();
        byte[] data = email.getAttachmentData();
        if (name != null && type != null && data != null) {
            helper.addAttachment(name, new ByteArrayResource(data), type);
        }
        // The same Message-ID on every attempt lets mail clients drop a copy that a lost acknowledgement resent.
        message.setHeader(
                "Message-ID",
                "<" + email.getId() + "@"
                        + from.getAddress().substring(from.getAddress().indexOf('@') + 1) + ">");
        return message;
    }

    private void failed(OutboxEmail email, Exception e) {
        String error = oneLine(e);
        if (email.getAttempts() + 1 >= properties.maxAttempts()) {
            email.giveUp(error);
            log.warn(
                    "Email {} was not sent after {} attempts and will not be tried again ({})",
                    email.getId(),
                    email.getAttempts(),
                    e.getClass().getSimpleName());
        } else {
            Instant retryAt = clock.instant().plus(backOff(email.getAttempts() + 1));
            email.retryLater(error, retryAt);
            // The exception's class only: its message may hold the address.
            log.warn(
                    "Email {} was not sent on attempt {} ({}); it will be tried again at {}",
                    email.getId(),
                    email.getAttempts(),
                    e.getClass().getSimpleName(),
                    retryAt);
        }
    }

    // A minute, doubling, at most an hour: a short outage is bridged quickly, a long one is not hammered.
    static Duration backOff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 10);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    // What the mail server said, for whoever looks after it; a stack trace would only bury that.
    static String oneLine(Exception e) {
        String message = e.getMessage() == null
                ? ""
                : e.getMessage().replaceAll("\\s+", " ").strip();
        String line =
                message.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
        return line.length() <= MAX_ERROR_LENGTH ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
