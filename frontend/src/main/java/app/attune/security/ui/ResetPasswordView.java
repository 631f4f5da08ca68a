package app.attune.security.ui;

import app.attune.base.InvalidInputException;
import app.attune.security.PasswordResets;
import app.attune.security.ResetLink;
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

/** Where a reset link leads: a new password, then the sign-in form. An unusable link says why and what to do. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("title.reset-password")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordResets resets;

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("attune-invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var state = resets.check(token);
        if (state != ResetLink.VALID) {
            unusable(state);
            return;
        }
        var password = new NewPassword(getTranslation("reset.password"), getTranslation("reset.repeat"));
        var save = new Button(
                getTranslation("reset.save"),
                e -> password.value().ifPresent(chosen -> {
                    try {
                        resets.reset(token, chosen);
                        getUI().ifPresent(ui -> ui.getPage().setLocation(SecurityNavigation.loginAfterReset()));
                    } catch (InvalidInputException problem) {
                        var p = problem.problems().getFirst();
                        if ("token".equals(p.field())) {
                            removeAll();
                            unusable(resets.check(token));
                            return;
                        }
                        password.refuse(p.message());
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("reset.heading")), new Paragraph(getTranslation("reset.intro")), password, save);
    }

    private void unusable(ResetLink state) {
        add(
                new H1(getTranslation("reset.unusable.heading")),
                new Paragraph(getTranslation("reset.state." + state.name())),
                new Paragraph(
                        new Anchor(SecurityNavigation.forgotPasswordLocation(), getTranslation("reset.ask-again"))),
                new Paragraph(new Anchor(SecurityNavigation.loginLocation(), getTranslation("forgot.back"))));
    }
}
