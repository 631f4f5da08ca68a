package app.attune.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.attune.base.ClinicService;
import app.attune.security.TherapistDirectory;

/**
 * A day before each consultation, a reminder to the booker and to the therapist. Rows are claimed with
 * {@code for update skip locked}, so two instances never remind twice. A consultation booked less than a day ahead
 * gets no reminder: its confirmation is recent enough.
 */
@Component
class ConsultationReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ConsultationAppointments view;
    private final ConsultationEmails emails;
    private final TherapistDirectory therapists;
    private final ClinicService clinics;
    private final Clock clock;

    ConsultationReminders(JdbcClient jdbc, ConsultationAppointments view, ConsultationEmails emails,
            TherapistDirectory therapists, ClinicService clinics, Clock clock) {
        this.jdbc = jdbc;
        this.view = view;
        this.emails = emails;
        this.therapists = therapists;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${attune.booking.reminder-interval:60s}",
            initialDelayString = "${attune.booking.reminder-interval:60s}")
    @Transactional
    public int sendDue() {
        var now = clock.instant();
        List<UUID> due = jdbc.sql("""
                select c.appointment_id from consultation c join appointment a on a.id = c.appointment_id
                where c.reminder_sent_at is null and a.status = 'BOOKED'
                  and a.starts_at > :now and a.starts_at <= :horizon and c.created_at < a.starts_at - interval '24 hours'
                order by a.starts_at limit 50
                for update of c skip locked""")
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(AHEAD)))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        String clinic = clinics.clinic().name();
        for (UUID id : due) {
            var row = view.byAppointment(id).orElseThrow();
            var c = row.consultation();
            emails.reminders(new ConsultationEmails.Details(c.getReference(), c.getName(), c.getEmail(),
                    c.getBookerTimeZone(), row.therapistName(), therapists.email(row.therapistId()), row.start(),
                    row.end(), row.sequence()), clinic);
            jdbc.sql("update consultation set reminder_sent_at = :now where appointment_id = :id")
                    .param("now", Timestamp.from(now)).param("id", id).update();
        }
        return due.size();
    }
}
