package app.attune.notes.ui;

import app.attune.notes.NoteService;
import app.attune.scheduling.ui.TodayPanel;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the therapist's Today: drafts left unsigned for over 72 hours, each one click from being finished. */
@Component
class OverdueNotesPanel implements TodayPanel {

    private final NoteService notes;

    OverdueNotesPanel(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> content() {
        var overdue = notes.overdue();
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        var box = new Div();
        box.addClassName("attune-overdue");
        var locale = UI.getCurrent().getLocale();
        box.add(new H2(box.getTranslation("today.overdue.heading", overdue.size())));
        var list = new UnorderedList();
        overdue.forEach(n -> list.add(new ListItem(new Anchor(
                NoteNavigation.noteLocation(n.id()),
                box.getTranslation(
                        "today.overdue.item",
                        n.clientName(),
                        n.sessionDate() == null
                                ? box.getTranslation("today.overdue.no-date")
                                : Formats.date(n.sessionDate(), locale))))));
        box.add(list);
        return Optional.of(box);
    }
}
