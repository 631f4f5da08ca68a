package app.attune.practice.ui;

import app.attune.base.ClinicService;
import app.attune.client.ClientDetails;
import app.attune.client.ui.ClientPageTab;
import app.attune.notes.RecentBarrierThemes;
import app.attune.practice.AssignmentService;
import app.attune.practice.PracticeLibrary;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The Practices tab of a client's page, for their therapist: what is assigned, and how it is going. */
@Component
class PracticesTab implements ClientPageTab {

    private final AssignmentService assignments;
    private final PracticeLibrary library;
    private final ClinicService clinics;
    private final ObjectProvider<RecentBarrierThemes> barrierThemes;

    PracticesTab(
            AssignmentService assignments,
            PracticeLibrary library,
            ClinicService clinics,
            ObjectProvider<RecentBarrierThemes> barrierThemes) {
        this.assignments = assignments;
        this.library = library;
        this.clinics = clinics;
        this.barrierThemes = barrierThemes;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String labelKey() {
        return "client.tab.practices";
    }

    @Override
    public boolean shownToAdmins() {
        return false;
    }

    @Override
    public com.vaadin.flow.component.Component content(ClientDetails client) {
        // Session notes supply the client's recent barrier themes.
        var source = barrierThemes.getIfAvailable();
        return new PracticesPanel(
                client,
                assignments,
                library,
                clinics.clinic().zone(),
                () -> source == null ? Set.of() : source.forClient(client.id()));
    }
}
