package app.attune.practice.ui;

import app.attune.notes.RecentBarrierThemes;
import app.attune.notes.ui.BesideTimeline;
import app.attune.practice.PracticeLibrary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Beside a client's themes timeline: the practices that address the barrier themes of their recent notes. */
@Component
class SuggestedPractices implements BesideTimeline {

    static final int SHOWN = 5;

    private final RecentBarrierThemes barriers;
    private final PracticeLibrary library;

    SuggestedPractices(RecentBarrierThemes barriers, PracticeLibrary library) {
        this.barriers = barriers;
        this.library = library;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> content(UUID clientId) {
        var themes = barriers.forClient(clientId);
        var box = new Div();
        box.add(new H2(box.getTranslation("suggested.heading")));
        box.addClassName("attune-suggested");
        var suggested = library.suggestedFor(themes).stream()
                .filter(p -> p.themeIds().stream().anyMatch(themes::contains))
                .limit(SHOWN)
                .toList();
        if (suggested.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("suggested.none")));
            return Optional.of(box);
        }
        box.add(new Paragraph(box.getTranslation("suggested.intro")));
        var list = new UnorderedList();
        suggested.forEach(p -> {
            var item = new ListItem(new Span(p.title()));
            var why = new Paragraph(p.why());
            why.addClassName("attune-why");
            item.add(why);
            list.add(item);
        });
        box.add(list);
        return Optional.of(box);
    }
}
