package app.attune.security.ui;

import app.attune.base.InvalidInputException;
import app.attune.security.PasswordResets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a password reset link. The answer is the same whether or not an account uses the email. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("title.forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    ForgotPasswordView(PasswordResets resets) {
        addClassName("attune-invitation");
        var email = new EmailField(getTranslation("forgot.email"));
        email.setWidthFull();
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.EMAIL);
        var send = new Button(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.addClickListener(e -> {
            email.setInvalid(false);
            try {
                resets.request(email.getValue());
            } catch (InvalidInputException problem) {
                email.setErrorMessage(problem.problems().getFirst().message());
                email.setInvalid(true);
                return;
            }
            removeAll();
            add(
                    new H1(getTranslation("forgot.sent.heading")),
                    new Paragraph(getTranslation("forgot.sent.text")),
                    new Paragraph(new Anchor(SecurityNavigation.loginLocation(), getTranslation("forgot.back"))));
        });
        add(
                new H1(getTranslation("forgot.heading")),
                new Paragraph(getTranslation("forgot.intro")),
                email,
                send,
                new Paragraph(new Anchor(SecurityNavigation.loginLocation(), getTranslation("forgot.back"))));
    }
}
