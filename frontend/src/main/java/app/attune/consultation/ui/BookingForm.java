package app.attune.consultation.ui;

import app.attune.base.InvalidInputException;
import app.attune.base.TextRules;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The visitor's details: name, email, optional phone and message, and consent to be contacted. */
class BookingForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea message = new TextArea();
    final Checkbox consent = new Checkbox();
    /** Invisible to people; robots fill it in. */
    final TextField website = new TextField();

    BookingForm() {
        name.setLabel(getTranslation("book.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(TextRules.MAX_NAME + 1);
        email.setLabel(getTranslation("book.email"));
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("field.email.invalid")));
        phone.setLabel(getTranslation("book.phone"));
        message.setLabel(getTranslation("book.message"));
        message.setHelperText(getTranslation("book.message-help"));
        message.setMaxLength(1001);
        consent.setLabel(getTranslation("book.consent"));
        website.setLabel(getTranslation("book.website"));
        website.addClassName("attune-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        var form = getContent();
        form.setAutoResponsive(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.add(name, email, phone, message, consent, website);
        form.setColspan(message, 2);
        form.setColspan(consent, 2);
    }

    void clearProblems() {
        for (HasValidation field : new HasValidation[] {name, email, phone, message, consent}) {
            field.setInvalid(false);
        }
    }

    /** Puts each refused field's message on it; returns false when a problem had no field to show on. */
    boolean show(InvalidInputException e) {
        boolean allShown = true;
        for (var p : e.problems()) {
            HasValidation field = switch (p.field()) {
                case "name" -> name;
                case "email" -> email;
                case "phone" -> phone;
                case "message" -> message;
                case "consent" -> consent;
                default -> null;
            };
            if (field == null) {
                allShown = false;
            } else {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
            }
        }
        return allShown;
    }
}
