package app.attune.notes.ui;

import app.attune.scheduling.ui.AppointmentNotePage;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the therapist's day and the session details where an appointment's note is. */
@Component
class NotePageForScheduling implements AppointmentNotePage {

    @Override
    public String location(UUID appointmentId) {
        return NoteNavigation.noteForAppointmentLocation(appointmentId);
    }
}
