package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WeeklyWindow;
import app.attune.scheduling.availability.WindowKind;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** One kind of weekly window (consultation windows or working hours): the list, and a row to add one. */
class WeeklyWindowsEditor extends Composite<Section> {

    private final AvailabilityService availability;
    private final UUID therapistId;
    private final WindowKind kind;
    private final String keys;
    private final UnorderedList rows = new UnorderedList();
    private final Div empty = new Div();
    private final Select<DayOfWeek> day = new Select<>();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();

    WeeklyWindowsEditor(AvailabilityService availability, UUID therapistId, WindowKind kind) {
        this.availability = availability;
        this.therapistId = therapistId;
        this.kind = kind;
        this.keys = "availability." + kind.name().toLowerCase(Locale.ROOT);
        var section = getContent();
        section.addClassName("attune-windows-" + kind.name().toLowerCase(Locale.ROOT));
        var heading = new H2(getTranslation(keys + ".heading"));
        heading.setId("availability-" + kind.name().toLowerCase(Locale.ROOT));
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        rows.addClassName("attune-rows");
        empty.add(new Paragraph(getTranslation(keys + ".empty")));
        empty.addClassName("attune-empty");

        day.setLabel(getTranslation("availability.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(this::dayName);
        time(start, "availability.start");
        time(end, "availability.end");
        var add = new Button(getTranslation(keys + ".add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var addRow = new Div(day, start, end, add);
        addRow.addClassName("attune-add-row");

        section.add(heading, new Paragraph(getTranslation(keys + ".intro")), rows, empty, addRow);
        refresh();
    }

    private void time(TimePicker picker, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        picker.setStep(Duration.ofMinutes(15));
        picker.setI18n(
                new TimePicker.TimePickerI18n().setBadInputErrorMessage(getTranslation("availability.time.bad")));
    }

    private String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, getLocale());
    }

    private void add() {
        var fields = Map.<String, HasValidation>of("day", day, "start", start, "end", end);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            availability.addWindow(therapistId, kind, day.getValue(), start.getValue(), end.getValue());
            // The day stays chosen, as several windows often share one.
            start.clear();
            end.clear();
            refresh();
            FormProblems.success(getTranslation(keys + ".added"));
        } catch (InvalidInputException e) {
            FormProblems.show(fields, e);
        }
    }

    private void remove(WeeklyWindow window) {
        try {
            availability.removeWindow(window.id());
            FormProblems.success(getTranslation("availability.window.removed"));
        } catch (AccessDeniedException e) {
            // Only the therapist's own windows are listed, so it was removed elsewhere meanwhile; the refresh shows it.
        }
        refresh();
    }

    private void refresh() {
        List<WeeklyWindow> windows = availability.windowsOf(therapistId, kind);
        rows.removeAll();
        windows.forEach(w -> rows.add(row(w)));
        rows.setVisible(!windows.isEmpty());
        empty.setVisible(windows.isEmpty());
    }

    private ListItem row(WeeklyWindow window) {
        String text = getTranslation(
                "availability.window",
                dayName(window.day()),
                Formats.time(window.start(), getLocale()),
                Formats.time(window.end(), getLocale()));
        var remove = new Button(getTranslation("availability.remove"), e -> remove(window));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("availability.remove-named", text));
        return new ListItem(new Span(text), remove);
    }
}
