package app.attune.practice;

import app.attune.base.ClinicService;
import app.attune.notification.Email;
import app.attune.notification.EmailOutbox;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a client something new is waiting in their space. It never names the practice nor carries the note. */
@Component
class PracticeEmails {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final EmailOutbox outbox;
    private final MessageSource messages;
    private final ClinicService clinics;
    private final String publicUrl;

    PracticeEmails(
            EmailOutbox outbox,
            MessageSource messages,
            ClinicService clinics,
            @Value("${attune.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.clinics = clinics;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void somethingNew(String address) {
        String clinic = clinics.clinic().name();
        outbox.enqueue(new Email(
                address,
                messages.getMessage("email.practice.new.subject", new Object[] {clinic}, LOCALE),
                messages.getMessage(
                        "email.practice.new.text", new Object[] {publicUrl + "/my/practices", clinic}, LOCALE)));
    }
}
