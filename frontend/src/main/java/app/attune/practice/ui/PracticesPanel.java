package app.attune.practice.ui;

import app.attune.client.ClientDetails;
import app.attune.client.ClientStatus;
import app.attune.practice.AssignmentForm;
import app.attune.practice.AssignmentService;
import app.attune.practice.Frequency;
import app.attune.practice.PracticeLibrary;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** One client's practices on their page: an assign button, then one card per assignment, open ones first. */
class PracticesPanel extends Div {

    private final ClientDetails client;
    private final AssignmentService assignments;
    private final PracticeLibrary library;
    private final ZoneId zone;
    private final Supplier<Set<UUID>> barrierThemes;
    private final Div cards = new Div();

    PracticesPanel(
            ClientDetails client,
            AssignmentService assignments,
            PracticeLibrary library,
            ZoneId zone,
            Supplier<Set<UUID>> barrierThemes) {
        this.client = client;
        this.assignments = assignments;
        this.library = library;
        this.zone = zone;
        this.barrierThemes = barrierThemes;
        addClassName("attune-practices-tab");
        if (client.status() == ClientStatus.DISCHARGED) {
            add(new Paragraph(getTranslation("assignment.discharged")));
        } else {
            var assign = new Button(getTranslation("assignment.assign"), e -> assign());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var buttons = new Div(assign);
            buttons.addClassName("attune-buttons");
            add(buttons);
        }
        cards.addClassName("attune-assignments");
        add(cards);
        refresh();
    }

    void refresh() {
        cards.removeAll();
        var list = assignments.followUp(client.id());
        if (list.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("assignment.empty", client.displayName())));
            empty.addClassName("attune-empty");
            cards.add(empty);
        }
        list.forEach(f -> cards.add(new FollowUpCard(f, assignments, zone, this::refresh)));
    }

    private void assign() {
        var themes = barrierThemes.get();
        var choices = library.suggestedFor(themes);
        var form = new AssignmentForm(null, Frequency.DAILY, null, LocalDate.now(zone), null, null);
        new AssignDialog(
                        getTranslation("assignment.assign-to", client.displayName()),
                        choices,
                        themes,
                        form,
                        filled -> assignments.assign(client.id(), filled),
                        () -> {
                            refresh();
                            FormProblems.success(getTranslation("assignment.assigned"));
                        })
                .open();
    }
}
