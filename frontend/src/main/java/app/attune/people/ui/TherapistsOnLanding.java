package app.attune.people.ui;

import app.attune.people.TherapistDirectory;
import app.attune.security.ui.LandingSection;
import org.springframework.stereotype.Component;

/** Puts the therapists' public profiles on the clinic's landing page. */
@Component
class TherapistsOnLanding implements LandingSection {

    private final TherapistDirectory directory;

    TherapistsOnLanding(TherapistDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component content() {
        return new TherapistCards(directory.publicTherapists());
    }
}
