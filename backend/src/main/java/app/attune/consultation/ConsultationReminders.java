package app.attune.consultation;

import app.attune.base.ClinicService;
import app.attune.notification.Email;
import app.attune.notification.ReminderSource;
import app.attune.notification.Reminders;
import app.attune.people.TherapistDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A day before each consultation, a reminder to the booker and to the therapist. A consultation booked less than a
 * day ahead gets no reminder: its confirmation is recent enough. {@link Reminders} runs it.
 */
@Component
class ConsultationReminders implements ReminderSource<UUID> {

    private final Reminders reminders;
    private final JdbcClient jdbc;
    private final ConsultationAppointments view;
    private final ConsultationEmails emails;
    private final TherapistDirectory therapists;
    private final ClinicService clinics;

    ConsultationReminders(
            Reminders reminders,
            JdbcClient jdbc,
            ConsultationAppointments view,
            ConsultationEmails emails,
            TherapistDirectory therapists,
            ClinicService clinics) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.view = view;
        this.emails = emails;
        this.therapists = therapists;
        this.clinics = clinics;
    }

    /**
     * The scheduled run: on one instance per interval, however many there are. The lock is taken for exactly one
     * interval from the start of a run, so another instance whose turn comes meanwhile skips it, and an instance that
     * dies mid-run holds it no longer (decision 019). A run longer than that may meet the next one: the claim's
     * {@code skip locked} keeps each reminder to one of them.
     */
    @Scheduled(
            fixedDelayString = "${attune.booking.reminder-interval:60s}",
            initialDelayString = "${attune.booking.reminder-interval:60s}")
    @SchedulerLock(
            name = "consultation-reminders",
            lockAtLeastFor = "${attune.booking.reminder-interval:60s}",
            lockAtMostFor = "${attune.booking.reminder-interval:60s}")
    void sendDueScheduled() {
        sendDue();
    }

    /** Sends the reminders now due; returns how many consultations were reminded. */
    public int sendDue() {
        return reminders.send(this);
    }

    @Override
    public List<UUID> claimDue(Instant now, Instant horizon) {
        return jdbc.sql("""
                update consultation set reminder_sent_at = :now
                where appointment_id in (
                    select c.appointment_id from consultation c join appointment_times a on a.id = c.appointment_id
                    where c.reminder_sent_at is null and a.status = 'BOOKED'
                      and a.starts_at > :now and a.starts_at <= :horizon
                      and c.created_at < a.starts_at - interval '24 hours'
                    order by a.starts_at limit 50
                    for update of c skip locked)
                returning appointment_id""")
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(horizon))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public List<List<Email>> emails(List<UUID> due) {
        var rows = view.byAppointments(due);
        var addresses = therapists.emails(
                rows.stream().map(ConsultationAppointments.Row::therapistId).toList());
        var clinic = clinics.clinic();
        return rows.stream()
                .map(row -> {
                    var c = row.consultation();
                    return emails.reminders(
                            new ConsultationEmails.Details(
                                    c.getReference(),
                                    c.getName(),
                                    c.getEmail(),
                                    c.getBookerTimeZone(),
                                    row.therapistName(),
                                    addresses.get(row.therapistId()),
                                    row.start(),
                                    row.end(),
                                    row.sequence()),
                            clinic);
                })
                .toList();
    }
}
