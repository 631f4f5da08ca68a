package app.attune.notification;

import java.time.Instant;
import java.util.List;

/**
 * One kind of reminder, such as a session's or a consultation's, that {@link Reminders} sends. A feature implements
 * it for its own rows; the runner keeps the order of the steps and their cost, so every kind claims, reads and
 * writes in the same few statements however many items are due.
 *
 * @param <T> what identifies a due item, such as its appointment's id
 */
public interface ReminderSource<T> {

    /**
     * Claims the items due between {@code now} and {@code horizon} and marks them reminded, in one statement that
     * skips rows another instance has locked, so two instances never remind twice. At most a batch at a time; the
     * rest wait for the next run.
     */
    List<T> claimDue(Instant now, Instant horizon);

    /**
     * The emails for the claimed items: one list per item, empty for an item nobody is to be told about (someone who
     * did not agree to email, say). What the emails need is looked up in batch, never item by item. The emails carry
     * no clinical detail (see {@link EmailOutbox}).
     */
    List<List<Email>> emails(List<T> due);
}
