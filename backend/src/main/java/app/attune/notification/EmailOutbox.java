package app.attune.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
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
 *
 * @see "docs/decisions/004-email-outbox.md"
 */
@Service
public class EmailOutbox {

    // Large enough for a run of reminders, so their emails go to the database in one batch.
    private static final int BATCH = 200;

    private final OutboxEmailRepository outbox;
    private final EntityManager entities;
    private final Clock clock;

    EmailOutbox(OutboxEmailRepository outbox, EntityManager entities, Clock clock) {
        this.outbox = outbox;
        this.entities = entities;
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

    /**
     * Adds these emails to the outbox as part of the caller's transaction, written in one batch whatever their
     * number, so a job that emails many people costs no more statements than one that emails a few. Like
     * {@link #enqueue}, they are sent only if that transaction commits, and carry no clinical detail.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when there is no transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<Email> emails) {
        if (emails.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("An email is needed.");
        }
        if (emails.isEmpty()) {
            return;
        }
        var session = entities.unwrap(Session.class);
        Integer before = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH);
        try {
            var now = clock.instant();
            emails.forEach(email -> session.persist(new OutboxEmail(email, now)));
            // Written now, while the batch size holds; the rest of the caller's transaction keeps its own.
            session.flush();
        } finally {
            session.setJdbcBatchSize(before);
        }
    }
}
