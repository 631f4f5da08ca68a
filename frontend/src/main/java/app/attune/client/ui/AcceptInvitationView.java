package app.attune.client.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.InvitationCheck;
import app.attune.client.InvitationService;
import app.attune.security.ui.SecurityNavigation;
import app.attune.shell.ui.NewPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an invitation link leads: the client chooses a password, then signs in to their space. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("title.invitation")
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final PortalSignIn portalSignIn;

    AcceptInvitationView(InvitationService invitations, PortalSignIn portalSignIn) {
        this.invitations = invitations;
        this.portalSignIn = portalSignIn;
        addClassName("attune-invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var check = invitations.check(token);
        removeAll();
        if (check.state() != InvitationCheck.State.VALID) {
            add(
                    new H1(getTranslation("invitation.unusable.heading")),
                    new Paragraph(getTranslation("invitation." + check.state().name())),
                    new Anchor(SecurityNavigation.loginLocation(), getTranslation("invitation.sign-in")));
            return;
        }
        var password = new NewPassword(getTranslation("invitation.password"), getTranslation("invitation.repeat"));
        var set = new Button(
                getTranslation("invitation.set"),
                e -> password.value()
                        .ifPresentOrElse(
                                chosen -> {
                                    try {
                                        String email = invitations.accept(token, chosen);
                                        portalSignIn.signIn(email);
                                        // A fresh page load, so every part of the page sees the signed-in client.
                                        getUI().ifPresent(ui ->
                                                ui.getPage().setLocation(ClientNavigation.mySpaceLocation()));
                                    } catch (InvalidInputException problem) {
                                        password.refuse(
                                                problem.problems().getFirst().message());
                                        e.getSource().setEnabled(true);
                                    }
                                },
                                () -> e.getSource().setEnabled(true)));
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setDisableOnClick(true);
        add(
                new H1(getTranslation("invitation.heading", check.name())),
                new Paragraph(getTranslation("invitation.intro")),
                password,
                set);
    }
}
