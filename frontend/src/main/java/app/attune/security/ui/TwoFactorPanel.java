package app.attune.security.ui;

import app.attune.base.InvalidInputException;
import app.attune.security.TwoFactor;
import app.attune.security.TwoFactorStatus;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A staff member's two-step sign-in: set it up with an app, keep recovery codes, or turn it off. */
final class TwoFactorPanel extends Section {

    private final TwoFactor twoFactor;
    private final Runnable enrolled;

    TwoFactorPanel(TwoFactor twoFactor, Runnable enrolled) {
        this.twoFactor = twoFactor;
        this.enrolled = enrolled;
        addClassName("attune-panel");
        show(twoFactor.status());
    }

    private void show(TwoFactorStatus status) {
        removeAll();
        add(new H2(getTranslation("two-factor.heading")));
        if (status.mustEnrol()) {
            var required = new Paragraph(getTranslation("two-factor.required"));
            required.addClassName("attune-callout");
            add(required);
        }
        if (!status.enabled()) {
            add(new Paragraph(getTranslation("two-factor.off")));
            var setUp = new Button(getTranslation("two-factor.set-up"), e -> enrol());
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(setUp);
            return;
        }
        add(new Paragraph(getTranslation("two-factor.on", status.recoveryCodesLeft())));
        var code = codeField();
        var renew = new Button(
                getTranslation("two-factor.renew"),
                e -> act(code, () -> showCodes(twoFactor.renewRecoveryCodes(code.getValue()))));
        var off = new Button(
                getTranslation("two-factor.turn-off"),
                e -> act(code, () -> {
                    twoFactor.turnOff(code.getValue());
                    FormProblems.success(getTranslation("two-factor.turned-off"));
                    show(twoFactor.status());
                }));
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.setVisible(!status.requiredByClinic());
        add(new Paragraph(getTranslation("two-factor.manage")), row(code, renew, off));
    }

    private void enrol() {
        var enrolment = twoFactor.start();
        removeAll();
        add(new H2(getTranslation("two-factor.heading")));
        var qr = new Image(
                "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(enrolment.qrSvg().getBytes(StandardCharsets.UTF_8)),
                getTranslation("two-factor.qr.alt"));
        qr.addClassName("attune-qr");
        var secret = new Paragraph(enrolment.secretForTyping());
        secret.addClassName("attune-secret");
        var code = codeField();
        code.setHelperText(getTranslation("two-factor.code.app"));
        var turnOn = new Button(
                getTranslation("two-factor.turn-on"),
                e -> act(code, () -> {
                    showCodes(twoFactor.confirm(code.getValue()));
                    enrolled.run();
                }));
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(
                new Paragraph(getTranslation("two-factor.scan")),
                qr,
                new Paragraph(getTranslation("two-factor.type")),
                secret,
                new Paragraph(getTranslation("two-factor.confirm")),
                row(code, turnOn));
        code.focus();
    }

    private void showCodes(List<String> codes) {
        removeAll();
        add(new H2(getTranslation("two-factor.codes.heading")), new Paragraph(getTranslation("two-factor.codes.text")));
        var list = new OrderedList();
        list.addClassName("attune-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        String text = getTranslation("two-factor.codes.file") + "\n\n" + String.join("\n", codes) + "\n";
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "attune-recovery-codes.txt",
                        "text/plain;charset=UTF-8",
                        text.getBytes(StandardCharsets.UTF_8).length)),
                getTranslation("two-factor.codes.download"));
        var done = new Button(getTranslation("two-factor.codes.done"), e -> show(twoFactor.status()));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, download, done);
    }

    private static Div row(Component... parts) {
        var row = new Div(parts);
        row.addClassName("attune-code-row");
        return row;
    }

    private TextField codeField() {
        var code = new TextField(getTranslation("two-factor.code"));
        code.setHelperText(getTranslation("two-factor.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(30);
        code.addClassName("attune-code-field");
        return code;
    }

    private void act(TextField code, Runnable action) {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            code.setErrorMessage(getTranslation("two-factor.code.required"));
            code.setInvalid(true);
            return;
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormProblems.show(Map.of("code", code), e);
        }
    }
}
