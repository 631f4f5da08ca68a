package app.attune.client.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.ClientForm;
import app.attune.client.ClientStatus;
import app.attune.client.ConcernOption;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The client record form. Concerns are clinical, so the admin's editor leaves them out. */
class ClientEditor extends Composite<FormLayout> {

    private final BeanValidationBinder<ClientForm> binder = new BeanValidationBinder<>(ClientForm.class);
    private final Select<ClientStatus> status = new Select<>();

    ClientEditor(List<ConcernOption> concernOptions, boolean showConcerns) {
        var form = getContent();
        form.setAutoResponsive(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);

        var legalName = text("legalName", "client.legal-name", 200);
        var preferredName = text("preferredName", "client.preferred-name", 100);
        var pronouns = text("pronouns", "client.pronouns", 40);
        var dateOfBirth = new DatePicker(getTranslation("client.date-of-birth"));
        binder.forField(dateOfBirth).bind("dateOfBirth");
        var email = new EmailField(getTranslation("client.email"));
        email.setMaxLength(254);
        // The field's own check speaks the same words as the form's rule.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("field.email.invalid")));
        binder.forField(email).withNullRepresentation("").bind("email");
        var phone = text("phone", "client.phone", 30);
        var address = new TextArea(getTranslation("client.address"));
        address.setMaxLength(500);
        binder.forField(address).withNullRepresentation("").bind("address");
        var language = text("preferredLanguage", "client.preferred-language", 60);

        status.setLabel(getTranslation("client.status"));
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setItems(ClientStatus.PROSPECT, ClientStatus.ACTIVE, ClientStatus.INACTIVE);
        binder.forField(status).bind("status");

        var consentOn = new DatePicker(getTranslation("client.consent-signed-on"));
        binder.forField(consentOn).bind("consentSignedOn");
        var emailConsent = new Checkbox(getTranslation("client.email-consent"));
        binder.forField(emailConsent).bind("emailConsent");

        var emergencyName = text("emergencyName", "client.emergency-name", 200);
        var emergencyPhone = text("emergencyPhone", "client.emergency-phone", 30);
        var emergencyRelationship = text("emergencyRelationship", "client.emergency-relationship", 60);

        form.add(legalName, preferredName, pronouns, dateOfBirth, email, phone, language, status, address);
        form.setColspan(address, 2);
        if (showConcerns) {
            var concerns = new MultiSelectComboBox<ConcernOption>(getTranslation("client.concerns"));
            concerns.setItems(concernOptions.stream().filter(c -> !c.retired()).toList());
            concerns.setItemLabelGenerator(c -> concernName(this, c));
            binder.forField(concerns)
                    .withConverter(
                            chosen -> chosen.stream().map(ConcernOption::id).collect(Collectors.toSet()),
                            ids -> concernOptions.stream()
                                    .filter(c -> ids.contains(c.id()))
                                    .collect(Collectors.toSet()))
                    .bind("concernIds");
            form.add(concerns);
            form.setColspan(concerns, 2);
        }
        form.add(new H3(getTranslation("client.emergency-contact")), 2);
        form.add(emergencyName, emergencyPhone, emergencyRelationship);
        form.add(new H3(getTranslation("client.consent")), 2);
        form.add(consentOn, emailConsent);
    }

    private TextField text(String property, String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        // One more than allowed, so an over-long paste is refused with a message rather than cut silently.
        field.setMaxLength(maxLength + 1);
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    /** A seeded concern's translated name; a concern the clinic added shows as the clinic named it. */
    static String concernName(Component owner, ConcernOption concern) {
        String key = "concern." + concern.code();
        String translated = owner.getTranslation(key);
        return translated.equals(key) || translated.startsWith("!{") ? concern.name() : translated;
    }

    void read(ClientForm form) {
        // A discharged client's status shows as it is; choosing an open status re-admits them.
        var statuses = form.status() == ClientStatus.DISCHARGED
                ? Arrays.asList(ClientStatus.values())
                : List.of(ClientStatus.PROSPECT, ClientStatus.ACTIVE, ClientStatus.INACTIVE);
        status.setItems(statuses);
        binder.readRecord(form);
    }

    /** The form's content if every field is valid; otherwise the problems show on their fields. */
    Optional<ClientForm> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(InvalidInputException e) {
        FormProblems.show(binder, e);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
