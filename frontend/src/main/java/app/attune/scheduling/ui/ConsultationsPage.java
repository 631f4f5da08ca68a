package app.attune.scheduling.ui;

/**
 * Where the therapist's list of free consultations lives. The consultation feature answers it with a Spring bean, so
 * that the day and the calendar can send a consultation there while scheduling need not depend on consultations.
 */
public interface ConsultationsPage {

    /** The address of the therapist's consultations list. */
    String location();
}
