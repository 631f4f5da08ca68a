package app.attune.consultation.ui;

import app.attune.scheduling.ui.ConsultationsPage;
import org.springframework.stereotype.Component;

/** Tells the therapist's day and the calendar where the consultations list is. */
@Component
class ConsultationsPageForScheduling implements ConsultationsPage {

    @Override
    public String location() {
        return ConsultationNavigation.consultationsLocation();
    }
}
