package app.attune.people.ui;

import app.attune.people.TherapistCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The clinic's therapists as visitors see them: name, credentials, languages and a short introduction. */
class TherapistCards extends Section {

    TherapistCards(List<TherapistCard> cards) {
        add(new H2(getTranslation("landing.therapists")));
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("landing.no-therapists")));
        }
        var list = new Div();
        list.addClassName("attune-cards");
        cards.forEach(card -> list.add(card(card)));
        add(list);
    }

    private Div card(TherapistCard therapist) {
        var name = new H3(
                therapist.credentials().isBlank()
                        ? therapist.displayName()
                        : getTranslation(
                                "landing.name-with-credentials", therapist.displayName(), therapist.credentials()));
        var card = new Div(name);
        if (!therapist.languages().isEmpty()) {
            card.add(new Paragraph(getTranslation("landing.languages", String.join(", ", therapist.languages()))));
        }
        if (!therapist.bio().isBlank()) {
            card.add(new Paragraph(therapist.bio()));
        }
        card.addClassName("attune-card");
        return card;
    }
}
