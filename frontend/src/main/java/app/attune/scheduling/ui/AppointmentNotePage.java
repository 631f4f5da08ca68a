package app.attune.scheduling.ui;

import java.util.UUID;

/**
 * Where the note of an appointment lives. The notes feature answers it with a Spring bean, so that the therapist's day
 * and the session details can link to a note while scheduling need not depend on notes (notes depends on scheduling).
 */
public interface AppointmentNotePage {

    /** The address that opens, or starts, the note of the appointment. */
    String location(UUID appointmentId);
}
