package app.attune.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/** A new password typed twice, as chosen from an invitation or a reset link, with the policy's hint under it. */
public final class NewPassword extends Div {

    private final PasswordField password;
    private final PasswordField repeat;

    public NewPassword(String label, String repeatLabel) {
        password = new PasswordField(label);
        password.setHelperText(getTranslation("invitation.password-help"));
        password.setWidthFull();
        password.setMaxLength(200);
        repeat = new PasswordField(repeatLabel);
        repeat.setWidthFull();
        repeat.setMaxLength(200);
        addClassName("attune-new-password");
        add(password, repeat);
    }

    /** The password, once both fields say the same; otherwise the second field says they differ. */
    public Optional<String> value() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("invitation.mismatch"));
            repeat.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    /** Shows why the password was refused, on the first field. */
    public void refuse(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }
}
