package app.attune.consultation.ui;

import org.springframework.stereotype.Component;

import app.attune.scheduling.ui.ConsultationsPage;

/** Tells the therapist's day and the calendar where the consultations list is. */
@Component
class ConsultationsPageForScheduling implements ConsultationsPage {

    @Override
    public String location() {
        return ConsultationNavigation.consultationsLocation();
    }
}
