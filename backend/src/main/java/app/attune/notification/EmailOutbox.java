package app.attune.notification;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way Attune sends email. An email is stored in the outbox with the change that causes it and sent
 * shortly after that change commits; if the change rolls back, the email never leaves. While the mail server is
 * away, emails wait and are tried again, so none is lost.
 *
 * <p>Email travels outside the clinic's systems and is often read on shared or lock-screen devices, so it
 * <strong>carries no clinical detail</strong>: no session notes, themes, practices, diagnoses or reasons for
 * seeing a therapist, and nothing that says more about a person than that something is waiting. Say "You have a
 * new message from your therapist", and let the person sign in to read it. The outbox cannot check wording; each
 * caller is responsible for it. Emails are plain text, with at most one attachment, such as a calendar file.
 */
@Service
public class EmailOutbox {

    private final OutboxEmailRepository outbox;
    private final Clock clock;

    EmailOutbox(OutboxEmailRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Adds the email to the outbox as part of the caller's transaction; it is sent only if that transaction
     * commits. Must be called inside a transaction, so an email can never go out for a change that did not happen.
     * The email carries no clinical detail (see above).
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when there is no transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Email email) {
        if (email == null) {
            throw new IllegalArgumentException("An email is needed.");
        }
        outbox.save(new OutboxEmail(email, clock.instant()));
    }
}
