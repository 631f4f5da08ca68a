package app.attune.security.ui;

import app.attune.base.InvalidInputException;
import app.attune.security.PasswordChange;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.NewPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * The signed-in person's own new password: the current one first, then the new one twice. A change signs the
 * account out everywhere, so the page then goes to the sign-in form.
 */
final class PasswordChangePanel extends Section {

    PasswordChangePanel(PasswordChange passwords, Runnable signOut) {
        addClassName("attune-panel");
        var current = new PasswordField(getTranslation("account.password.current"));
        current.setWidthFull();
        current.setMaxLength(200);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        var chosen = new NewPassword(getTranslation("account.password.new"), getTranslation("account.password.repeat"));
        var save = new Button(
                getTranslation("account.password.save"),
                e -> chosen.value().ifPresent(password -> {
                    current.setInvalid(false);
                    try {
                        passwords.change(current.getValue(), password);
                        signOut.run();
                    } catch (InvalidInputException problem) {
                        if ("current".equals(problem.problems().getFirst().field())) {
                            FormProblems.show(Map.of("current", current), problem);
                        } else {
                            chosen.refuse(problem.problems().getFirst().message());
                        }
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("account.password.heading")),
                new Paragraph(getTranslation("account.password.text")),
                current,
                chosen,
                save);
    }
}
