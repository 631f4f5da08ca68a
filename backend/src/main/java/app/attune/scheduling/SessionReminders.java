package app.attune.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.attune.base.ClinicService;
import app.attune.client.ClientDirectory;
import app.attune.notification.Email;
import app.attune.notification.EmailOutbox;
import app.attune.security.TherapistDirectory;

/**
 * A day before each session, a reminder to the client if they agreed to email. It names the time, the counsellor and
 * the place, nothing clinical. Rows are claimed with {@code for update skip locked}, so two instances never remind
 * twice. A session booked less than a day ahead is reminded at once: the client hears of it no other way.
 */
@Component
class SessionReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Locale LOCALE = Locale.ENGLISH;

    private final JdbcClient jdbc;
    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;
    private final ClientDirectory clients;
    private final TherapistDirectory therapists;
    private final EmailOutbox outbox;
    private final MessageSource messages;
    private final ClinicService clinics;
    private final Clock clock;

    SessionReminders(JdbcClient jdbc, AppointmentRepository appointments, TherapySessionRepository sessions,
            ClientDirectory clients, TherapistDirectory therapists, EmailOutbox outbox, MessageSource messages,
            ClinicService clinics, Clock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.sessions = sessions;
        this.clients = clients;
        this.therapists = therapists;
        this.outbox = outbox;
        this.messages = messages;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${attune.booking.reminder-interval:60s}",
            initialDelayString = "${attune.booking.reminder-interval:60s}")
    @Transactional
    public int sendDue() {
        var now = clock.instant();
        List<UUID> due = jdbc.sql("""
                select s.appointment_id from therapy_session s join appointment a on a.id = s.appointment_id
                where s.reminder_sent_at is null and a.status = 'BOOKED'
                  and a.starts_at > :now and a.starts_at <= :horizon
                order by a.starts_at limit 100
                for update of s skip locked""")
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(AHEAD)))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        if (due.isEmpty()) {
            return 0;
        }
        var found = appointments.findAllById(due);
        var details = sessions.findAllById(due).stream()
                .collect(java.util.stream.Collectors.toMap(TherapySession::getAppointmentId, s -> s));
        var addresses = clients.reminderAddresses(found.stream().map(Appointment::getClientId)
                .collect(java.util.stream.Collectors.toSet()));
        var names = therapists.names(found.stream().map(Appointment::getTherapistId)
                .collect(java.util.stream.Collectors.toSet()));
        var clinic = clinics.clinic();
        var zone = clinic.zone();
        int sent = 0;
        for (var appointment : found) {
            var address = addresses.getOrDefault(appointment.getClientId(), java.util.Optional.empty());
            if (address.isPresent()) {
                var session = Objects.requireNonNull(details.get(appointment.getId()), "every session has its details");
                String therapist = names.get(appointment.getTherapistId());
                var start = appointment.range().start();
                String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LOCALE).withZone(zone)
                        .format(start);
                String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(LOCALE).withZone(zone)
                        .format(start) + ", " + time + " (" + zone.getDisplayName(TextStyle.FULL, LOCALE) + ")";
                String where = session.getMode() == SessionMode.VIDEO
                        ? text("email.session.reminder.video", Objects.requireNonNullElse(session.getVideoLink(), ""))
                        : session.getLocation() != null ? text("email.session.reminder.in-person", session.getLocation())
                                : text("email.session.reminder.in-person-unknown", clinic.name());
                outbox.enqueue(new Email(address.get(), text("email.session.reminder.subject", time),
                        text("email.session.reminder.text", Objects.requireNonNullElse(therapist, ""), when, where,
                                clinic.name())));
                sent++;
            }
        }
        jdbc.sql("update therapy_session set reminder_sent_at = :now where appointment_id in (:ids)")
                .param("now", Timestamp.from(now)).param("ids", Set.copyOf(due)).update();
        return sent;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
