package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.DayOff;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** A therapist's days off from today on, and a row to add more. */
class DaysOffEditor extends Composite<Section> {

    private final AvailabilityService availability;
    private final UUID therapistId;
    private final UnorderedList rows = new UnorderedList();
    private final Div empty = new Div();
    private final DatePicker firstDay = new DatePicker();
    private final DatePicker lastDay = new DatePicker();
    private final TextField note = new TextField();

    DaysOffEditor(AvailabilityService availability, UUID therapistId) {
        this.availability = availability;
        this.therapistId = therapistId;
        var section = getContent();
        section.addClassName("attune-days-off");
        var heading = new H2(getTranslation("availability.days-off.heading"));
        heading.setId("availability-days-off");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        rows.addClassName("attune-rows");
        empty.add(new Paragraph(getTranslation("availability.days-off.empty")));
        empty.addClassName("attune-empty");

        date(firstDay, "availability.first-day");
        date(lastDay, "availability.last-day");
        // A single day off is the common case, so the last day starts as the first.
        firstDay.addValueChangeListener(e -> {
            if (lastDay.isEmpty()) {
                lastDay.setValue(e.getValue());
            }
        });
        note.setLabel(getTranslation("availability.note"));
        note.setHelperText(getTranslation("availability.note.help"));
        // One more than allowed, so an over-long paste is refused with a message rather than cut silently.
        note.setMaxLength(201);
        var add = new Button(getTranslation("availability.days-off.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var addRow = new Div(firstDay, lastDay, note, add);
        addRow.addClassName("attune-add-row");

        section.add(heading, new Paragraph(getTranslation("availability.days-off.intro")), rows, empty, addRow);
        refresh();
    }

    private void date(DatePicker picker, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        picker.setI18n(
                new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("availability.date.bad")));
    }

    private void add() {
        int booked = availability.appointmentsDuring(therapistId, firstDay.getValue(), lastDay.getValue());
        if (booked == 0) {
            save();
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("availability.days-off.booked.heading"),
                getTranslation("availability.days-off.booked.text", booked),
                getTranslation("availability.days-off.booked.confirm"),
                e -> save());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("availability.days-off.booked.cancel"));
        confirm.open();
    }

    private void save() {
        var fields = Map.<String, HasValidation>of("firstDay", firstDay, "lastDay", lastDay, "note", note);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            availability.addTimeOff(therapistId, firstDay.getValue(), lastDay.getValue(), note.getValue());
            firstDay.clear();
            lastDay.clear();
            note.clear();
            refresh();
            FormProblems.success(getTranslation("availability.days-off.added"));
        } catch (InvalidInputException e) {
            FormProblems.show(fields, e);
        }
    }

    private void remove(DayOff off) {
        try {
            availability.removeTimeOff(off.id());
            FormProblems.success(getTranslation("availability.days-off.removed"));
        } catch (AccessDeniedException e) {
            // Only the therapist's own days off are listed, so they were removed elsewhere meanwhile.
        }
        refresh();
    }

    private void refresh() {
        List<DayOff> daysOff = availability.timeOffOf(therapistId);
        rows.removeAll();
        daysOff.forEach(d -> rows.add(row(d)));
        rows.setVisible(!daysOff.isEmpty());
        empty.setVisible(daysOff.isEmpty());
    }

    private ListItem row(DayOff off) {
        String first = Formats.date(off.firstDay(), getLocale());
        String text = off.firstDay().equals(off.lastDay())
                ? getTranslation("availability.day-off.one", first)
                : getTranslation("availability.day-off.range", first, Formats.date(off.lastDay(), getLocale()));
        var what = new Div(new Span(text));
        if (off.note() != null) {
            var noteText = new Span(off.note());
            noteText.addClassName("attune-note");
            what.add(noteText);
        }
        var remove = new Button(getTranslation("availability.remove"), e -> remove(off));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("availability.remove-named", text));
        return new ListItem(what, remove);
    }
}
