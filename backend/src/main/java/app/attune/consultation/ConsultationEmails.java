package app.attune.consultation;

import app.attune.base.ClinicInfo;
import app.attune.base.ClinicService;
import app.attune.notification.Email;
import app.attune.notification.EmailOutbox;
import app.attune.scheduling.CalendarFiles;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails about a consultation. They name the time, the counsellor and the clinic, and nothing the visitor wrote:
 * no message, no concern. Times are in the visitor's own zone when known, and the zone is named.
 */
@Component
class ConsultationEmails {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final EmailOutbox outbox;
    private final CalendarFiles calendars;
    private final MessageSource messages;
    private final ClinicService clinics;
    private final String publicUrl;

    ConsultationEmails(
            EmailOutbox outbox,
            CalendarFiles calendars,
            MessageSource messages,
            ClinicService clinics,
            @Value("${attune.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.messages = messages;
        this.clinics = clinics;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** What an email needs to know about the consultation. */
    record Details(
            String reference,
            String name,
            String email,
            String bookerZone,
            @Nullable String therapistName,
            @Nullable String therapistEmail,
            Instant start,
            Instant end,
            int sequence) {}

    void booked(Details d, String manageToken) {
        toBooker(d, manageToken, "email.consultation.booked", null);
        toTherapist(d);
    }

    /**
     * A booking by an email that already has an upcoming consultation: booked like any other, and the booker's
     * email also names the earlier one, in case they meant to move it rather than book twice. Only the mailbox
     * learns of the earlier booking; the page and the API answer as for anyone.
     */
    void bookedAgain(Details d, String manageToken, Details earlier) {
        toBooker(d, manageToken, "email.consultation.booked-again", earlier);
        toTherapist(d);
    }

    private void toTherapist(Details d) {
        outbox.enqueue(new Email(
                therapistAddress(d),
                text("email.consultation.therapist.subject", when(d, clinicZone())),
                text(
                        "email.consultation.therapist.text",
                        counsellor(d),
                        when(d, clinicZone()),
                        d.reference(),
                        publicUrl + "/consultations")));
    }

    /**
     * The booker's email with the booking, its link and its calendar file; the texts take the same arguments, and
     * the earlier booking's time, counsellor and reference when there is one.
     */
    private void toBooker(Details d, String manageToken, String key, @Nullable Details earlier) {
        String clinic = clinics.clinic().name();
        outbox.enqueue(new Email(
                d.email(),
                text(key + ".subject", clinic),
                earlier == null
                        ? text(
                                key + ".text",
                                d.name(),
                                counsellor(d),
                                clinic,
                                when(d, bookerZone(d)),
                                manageLink(manageToken),
                                d.reference())
                        : text(
                                key + ".text",
                                d.name(),
                                counsellor(d),
                                clinic,
                                when(d, bookerZone(d)),
                                manageLink(manageToken),
                                d.reference(),
                                when(earlier, bookerZone(earlier)),
                                counsellor(earlier),
                                earlier.reference()),
                calendar(d, clinic, manageToken, false)));
    }

    void rescheduled(Details d, String manageToken) {
        String clinic = clinics.clinic().name();
        outbox.enqueue(new Email(
                d.email(),
                text("email.consultation.moved.subject", clinic),
                text(
                        "email.consultation.moved.text",
                        d.name(),
                        counsellor(d),
                        when(d, bookerZone(d)),
                        manageLink(manageToken),
                        d.reference(),
                        clinic),
                calendar(d, clinic, manageToken, false)));
        outbox.enqueue(new Email(
                therapistAddress(d),
                text("email.consultation.therapist-moved.subject", d.reference()),
                text("email.consultation.therapist-moved.text", counsellor(d), when(d, clinicZone()), d.reference())));
    }

    void cancelled(Details d) {
        String clinic = clinics.clinic().name();
        outbox.enqueue(new Email(
                d.email(),
                text("email.consultation.cancelled.subject", clinic),
                text(
                        "email.consultation.cancelled.text",
                        d.name(),
                        when(d, bookerZone(d)),
                        publicUrl + "/book",
                        clinic),
                calendar(d, clinic, null, true)));
        outbox.enqueue(new Email(
                therapistAddress(d),
                text("email.consultation.therapist-cancelled.subject", d.reference()),
                text(
                        "email.consultation.therapist-cancelled.text",
                        counsellor(d),
                        when(d, clinicZone()),
                        d.reference())));
    }

    /**
     * The reminders a day before: one to the booker, in their zone, and one to the therapist, in the clinic's. They
     * are returned, not enqueued, so a batch of them goes to the outbox at once.
     */
    List<Email> reminders(Details d, ClinicInfo clinic) {
        return List.of(
                new Email(
                        d.email(),
                        text("email.consultation.reminder.subject", clinic.name()),
                        text(
                                "email.consultation.reminder.text",
                                d.name(),
                                counsellor(d),
                                when(d, bookerZone(d, clinic.zone())),
                                clinic.name())),
                new Email(
                        therapistAddress(d),
                        text("email.consultation.therapist-reminder.subject", d.reference()),
                        text(
                                "email.consultation.therapist-reminder.text",
                                counsellor(d),
                                when(d, clinic.zone()),
                                d.reference())));
    }

    private Email.Attachment calendar(Details d, String clinic, @Nullable String manageToken, boolean cancelled) {
        byte[] ics = calendars.event(
                d.reference() + "@attune",
                d.sequence(),
                d.start(),
                d.end(),
                text("ics.consultation.summary", counsellor(d), clinic),
                manageToken == null ? null : text("ics.consultation.description", manageLink(manageToken)),
                cancelled);
        return new Email.Attachment("consultation.ics", CalendarFiles.CONTENT_TYPE, ics);
    }

    private String manageLink(String token) {
        return publicUrl + "/consultation/" + token;
    }

    private ZoneId clinicZone() {
        return clinics.clinic().zone();
    }

    private ZoneId bookerZone(Details d) {
        return bookerZone(d, clinicZone());
    }

    private static ZoneId bookerZone(Details d, ZoneId clinicZone) {
        try {
            return d.bookerZone() == null ? clinicZone : ZoneId.of(d.bookerZone());
        } catch (DateTimeException e) {
            return clinicZone;
        }
    }

    private static String when(Details d, ZoneId zone) {
        // The date in full, the time short, then the zone named, so nobody has to guess whose 10:00 it is.
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(LOCALE)
                        .withZone(zone)
                        .format(d.start())
                + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(LOCALE)
                        .withZone(zone)
                        .format(d.start())
                + " (" + zone.getDisplayName(TextStyle.FULL, LOCALE) + ", " + zone.getId() + ")";
    }

    // The directory names every therapist; a name it lacks reads as blank rather than "null".
    private static String counsellor(Details d) {
        return Objects.requireNonNullElse(d.therapistName(), "");
    }

    // Only the details of an earlier booking, which no email goes to the therapist about, leave the address out.
    private static String therapistAddress(Details d) {
        return Objects.requireNonNull(d.therapistEmail(), "The booking's details name its therapist's address");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
