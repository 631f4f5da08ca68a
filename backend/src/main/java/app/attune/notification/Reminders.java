package app.attune.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the reminders of one {@link ReminderSource} a day ahead: it claims the due items, builds their emails in
 * batch, and puts them all in the outbox in one batch, in one transaction, so an item is marked reminded only with its
 * emails. The statements it sends are the same in number for one due item as for many.
 *
 * @see "docs/decisions/007-sessions-and-calendar.md"
 */
@Component
public class Reminders {

    /** How long before an appointment its reminder goes out. */
    public static final Duration AHEAD = Duration.ofHours(24);

    private final EmailOutbox outbox;
    private final Clock clock;

    Reminders(EmailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sends the reminders now due from {@code source}.
     *
     * @return how many due items got at least one email
     */
    @Transactional
    public <T> int send(ReminderSource<T> source) {
        var now = clock.instant();
        List<T> due = source.claimDue(now, now.plus(AHEAD));
        if (due.isEmpty()) {
            return 0;
        }
        var emails = source.emails(due);
        outbox.enqueueAll(emails.stream().flatMap(List::stream).toList());
        return (int) emails.stream().filter(e -> !e.isEmpty()).count();
    }
}
