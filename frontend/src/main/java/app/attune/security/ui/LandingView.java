package app.attune.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import app.attune.base.ClinicService;
import app.attune.security.AttuneUser;
import app.attune.security.TherapistCard;
import app.attune.security.TherapistDirectory;

/** The clinic's public page. People who are signed in go straight to their own home screen. */
@Route(value = "", autoLayout = false)
@PageTitle("title.welcome")
@AnonymousAllowed
class LandingView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    LandingView(AuthenticationContext authentication, ClinicService clinics, TherapistDirectory directory) {
        this.authentication = authentication;
        addClassName("attune-landing");
        var signIn = new Button(getTranslation("landing.sign-in"), e -> SecurityNavigation.toLogin());
        signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(new H1(clinics.clinic().name()), signIn);
        header.addClassName("attune-landing-header");
        var book = new Button(getTranslation("landing.book"), e -> getUI().ifPresent(ui -> ui.navigate("book")));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(header, new Paragraph(getTranslation("landing.welcome")), book, therapists(directory));
    }

    private Section therapists(TherapistDirectory directory) {
        var section = new Section(new H2(getTranslation("landing.therapists")));
        var cards = directory.publicTherapists();
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("landing.no-therapists")));
        }
        var list = new Div();
        list.addClassName("attune-cards");
        cards.forEach(card -> list.add(card(card)));
        section.add(list);
        return section;
    }

    private Div card(TherapistCard therapist) {
        var name = new H3(therapist.credentials().isBlank() ? therapist.displayName()
                : getTranslation("landing.name-with-credentials", therapist.displayName(), therapist.credentials()));
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authentication.getAuthenticatedUser(AttuneUser.class).ifPresent(user -> event.forwardTo(switch (user.role()) {
            case ADMIN -> "clinic";
            case THERAPIST -> "today";
            case CLIENT -> "my-space";
        }));
    }
}
