package app.attune.practice.ui;

import app.attune.client.ui.ClientNavigation;
import app.attune.practice.AssignmentService;
import app.attune.scheduling.ui.TodayPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the therapist's Today: clients whose practices slipped below half over the last two full weeks. */
@Component
class SlippingPanel implements TodayPanel {

    private final AssignmentService assignments;

    SlippingPanel(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> content() {
        var slipping = assignments.slipping();
        if (slipping.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.addClassName("attune-slipping");
        section.add(
                new H2(section.getTranslation("slipping.heading")),
                new Paragraph(section.getTranslation("slipping.intro")));
        var list = new UnorderedList();
        list.addClassName("attune-day");
        for (var s : slipping) {
            list.add(new ListItem(
                    new Span(section.getTranslation("slipping.line", s.name(), s.done(), s.expected(), s.percent())),
                    new Anchor(
                            ClientNavigation.clientLocation(s.clientId()),
                            section.getTranslation("today.open-client"))));
        }
        section.add(list);
        return Optional.of(section);
    }
}
