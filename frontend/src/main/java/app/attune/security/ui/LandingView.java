package app.attune.security.ui;

import app.attune.base.ClinicService;
import app.attune.security.AttuneUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;

/** The clinic's public page. People who are signed in go straight to their own home screen. */
@Route(value = "", autoLayout = false)
@PageTitle("title.welcome")
@AnonymousAllowed
class LandingView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    LandingView(AuthenticationContext authentication, ClinicService clinics, ObjectProvider<LandingSection> sections) {
        this.authentication = authentication;
        addClassName("attune-landing");
        var signIn = new Button(getTranslation("landing.sign-in"), e -> SecurityNavigation.toLogin());
        signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(new H1(clinics.clinic().name()), signIn);
        header.addClassName("attune-landing-header");
        var book = new Button(getTranslation("landing.book"), e -> getUI().ifPresent(ui -> ui.navigate("book")));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(header, new Paragraph(getTranslation("landing.welcome")), book);
        sections.orderedStream()
                .sorted(Comparator.comparingInt(LandingSection::order))
                .forEach(section -> add(section.content()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authentication
                .getAuthenticatedUser(AttuneUser.class)
                .ifPresent(user -> event.forwardTo(
                        switch (user.role()) {
                            case ADMIN -> "clinic";
                            case THERAPIST -> "today";
                            case CLIENT -> "my-space";
                        }));
    }
}
