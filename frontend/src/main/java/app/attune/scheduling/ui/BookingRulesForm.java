package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.BookingRules;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.UUID;

/** How a therapist takes free consultations: whether at all, notice, how far ahead, buffer and a daily maximum. */
class BookingRulesForm extends Composite<Section> {

    // BookingRules allows 0 to 20160 minutes (14 days) of notice; the form asks in whole hours.
    private static final int MAX_NOTICE_HOURS = 336;

    private final AvailabilityService availability;
    private final UUID therapistId;
    private final BeanValidationBinder<BookingRules> binder = new BeanValidationBinder<>(BookingRules.class);

    BookingRulesForm(AvailabilityService availability, UUID therapistId) {
        this.availability = availability;
        this.therapistId = therapistId;
        var section = getContent();
        section.addClassName("attune-booking-rules");
        var heading = new H2(getTranslation("availability.rules.heading"));
        heading.setId("availability-rules");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        var accepting = new Checkbox(getTranslation("availability.accepting"));
        binder.forField(accepting).bind("accepting");
        var notice = number("availability.notice", "availability.notice.help");
        binder.forField(notice)
                .asRequired(getTranslation("availability.number.required"))
                .withValidator(h -> h >= 0 && h <= MAX_NOTICE_HOURS, getTranslation("availability.notice.range"))
                .withConverter(hours -> hours * 60, minutes -> minutes / 60)
                .bind("minNoticeMinutes");
        var horizon = number("availability.horizon", "availability.horizon.help");
        binder.forField(horizon)
                .asRequired(getTranslation("availability.number.required"))
                .bind("horizonDays");
        var buffer = number("availability.buffer", "availability.buffer.help");
        binder.forField(buffer)
                .asRequired(getTranslation("availability.number.required"))
                .bind("bufferMinutes");
        var perDay = number("availability.per-day", "availability.per-day.help");
        binder.forField(perDay)
                .asRequired(getTranslation("availability.number.required"))
                .bind("maxPerDay");
        binder.readRecord(availability.settingsOf(therapistId));

        var form = new FormLayout(notice, horizon, buffer, perDay);
        form.setAutoResponsive(true);
        form.setAutoRows(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        var save = new Button(getTranslation("availability.rules.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save);
        buttons.addClassName("attune-buttons");
        section.add(heading, new Paragraph(getTranslation("availability.rules.intro")), accepting, form, buttons);
    }

    private IntegerField number(String labelKey, String helpKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setI18n(
                new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("availability.number.bad")));
        return field;
    }

    private void save() {
        try {
            availability.saveSettings(therapistId, binder.writeRecord());
            binder.readRecord(availability.settingsOf(therapistId));
            FormProblems.success(getTranslation("availability.rules.saved"));
        } catch (ValidationException e) {
            // The problems already show on their fields, and nothing was sent.
        } catch (InvalidInputException e) {
            FormProblems.show(binder, e);
        }
    }
}
