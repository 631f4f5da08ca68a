package app.attune.notification;

import app.attune.base.StartupProblem;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code ATTUNE_MAIL_FROM}, {@code ATTUNE_MAIL_BATCH_SIZE}, {@code ATTUNE_MAIL_MAX_ATTEMPTS}).
 * The poll interval, {@code ATTUNE_MAIL_POLL_INTERVAL}, is read by the sender's schedule itself.
 */
@ConfigurationProperties("attune.mail")
record OutboxProperties(
        String from,
        @DefaultValue("20") int batchSize,
        @DefaultValue("12") int maxAttempts) {

    // The reserved .invalid domain makes it plain that a real installation has to choose its own sender.
    static final String DEFAULT_FROM = "Attune <no-reply@attune.invalid>";

    OutboxProperties {
        if (from == null || from.isBlank()) {
            from = DEFAULT_FROM;
        }
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new StartupProblem(
                    "ATTUNE_MAIL_FROM is not an email address. Set it to the address your"
                            + " emails come from, like 'Your Clinic <hello@yourclinic.ca>', and restart.",
                    e);
        }
        if (batchSize < 1 || maxAttempts < 1) {
            throw new StartupProblem("ATTUNE_MAIL_BATCH_SIZE and ATTUNE_MAIL_MAX_ATTEMPTS need to be at least 1.");
        }
    }
}
