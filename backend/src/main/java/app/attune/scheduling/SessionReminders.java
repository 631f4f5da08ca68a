package app.attune.scheduling;

import app.attune.base.ClinicService;
import app.attune.client.ClientDirectory;
import app.attune.notification.Email;
import app.attune.notification.ReminderSource;
import app.attune.notification.Reminders;
import app.attune.people.TherapistDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A day before each session, a reminder to the client if they agreed to email. It names the time, the counsellor and
 * the place, nothing clinical. A session booked less than a day ahead is reminded at once: the client hears of it no
 * other way. {@link Reminders} runs it.
 */
@Component
class SessionReminders implements ReminderSource<UUID> {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final Reminders reminders;
    private final JdbcClient jdbc;
    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;
    private final ClientDirectory clients;
    private final TherapistDirectory therapists;
    private final MessageSource messages;
    private final ClinicService clinics;

    SessionReminders(
            Reminders reminders,
            JdbcClient jdbc,
            AppointmentRepository appointments,
            TherapySessionRepository sessions,
            ClientDirectory clients,
            TherapistDirectory therapists,
            MessageSource messages,
            ClinicService clinics) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.sessions = sessions;
        this.clients = clients;
        this.therapists = therapists;
        this.messages = messages;
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
            name = "session-reminders",
            lockAtLeastFor = "${attune.booking.reminder-interval:60s}",
            lockAtMostFor = "${attune.booking.reminder-interval:60s}")
    void sendDueScheduled() {
        sendDue();
    }

    /** Sends the reminders now due; returns how many sessions were reminded by email. */
    public int sendDue() {
        return reminders.send(this);
    }

    @Override
    public List<UUID> claimDue(Instant now, Instant horizon) {
        return jdbc.sql("""
                update therapy_session set reminder_sent_at = :now
                where appointment_id in (
                    select s.appointment_id from therapy_session s join appointment a on a.id = s.appointment_id
                    where s.reminder_sent_at is null and a.status = 'BOOKED'
                      and a.starts_at > :now and a.starts_at <= :horizon
                    order by a.starts_at limit 100
                    for update of s skip locked)
                returning appointment_id""")
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(horizon))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public List<List<Email>> emails(List<UUID> due) {
        var found = appointments.findAllById(due);
        var details = sessions.findAllById(due).stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, Function.identity()));
        var addresses = clients.reminderAddresses(
                found.stream().map(Appointment::getClientId).collect(Collectors.toSet()));
        var names =
                therapists.names(found.stream().map(Appointment::getTherapistId).collect(Collectors.toSet()));
        var clinic = clinics.clinic();
        var zone = clinic.zone();
        return found.stream()
                .map(appointment -> {
                    Optional<String> address = addresses.getOrDefault(appointment.getClientId(), Optional.empty());
                    if (address.isEmpty()) {
                        return List.<Email>of();
                    }
                    var session =
                            Objects.requireNonNull(details.get(appointment.getId()), "every session has its details");
                    String therapist = names.get(appointment.getTherapistId());
                    var start = appointment.range().start();
                    String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(LOCALE)
                            .withZone(zone)
                            .format(start);
                    String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                    .withLocale(LOCALE)
                                    .withZone(zone)
                                    .format(start)
                            + ", " + time + " (" + zone.getDisplayName(TextStyle.FULL, LOCALE) + ")";
                    String where = session.getMode() == SessionMode.VIDEO
                            ? text(
                                    "email.session.reminder.video",
                                    Objects.requireNonNullElse(session.getVideoLink(), ""))
                            : session.getLocation() != null
                                    ? text("email.session.reminder.in-person", session.getLocation())
                                    : text("email.session.reminder.in-person-unknown", clinic.name());
                    return List.of(new Email(
                            address.get(),
                            text("email.session.reminder.subject", time),
                            text(
                                    "email.session.reminder.text",
                                    Objects.requireNonNullElse(therapist, ""),
                                    when,
                                    where,
                                    clinic.name())));
                })
                .toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
