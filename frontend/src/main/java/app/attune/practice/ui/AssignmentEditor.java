package app.attune.practice.ui;

import app.attune.base.InvalidInputException;
import app.attune.practice.AssignmentForm;
import app.attune.practice.Frequency;
import app.attune.practice.PracticeSummary;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The schedule of an assignment: which practice (when assigning; a change keeps it), how often, from and until when,
 * and a personal note for the client.
 */
class AssignmentEditor extends FormLayout {

    private final BeanValidationBinder<AssignmentForm> binder = new BeanValidationBinder<>(AssignmentForm.class);
    private final ComboBox<PracticeSummary> practice = new ComboBox<>();

    AssignmentEditor(List<PracticeSummary> choices, AssignmentForm form) {
        practice.setLabel(getTranslation("assignment.practice"));
        practice.setItems(choices);
        practice.setItemLabelGenerator(p -> getTranslation("assignment.practice.option", p.title(), p.minutes()));
        binder.forField(practice)
                .withConverter(
                        p -> p == null ? null : p.id(),
                        id -> choices.stream()
                                .filter(p -> p.id().equals(id))
                                .findFirst()
                                .orElse(null))
                .bind("practiceId");
        // A change keeps the practice: it is shown, not offered.
        practice.setReadOnly(choices.size() == 1 && form.practiceId() != null);

        var frequency = new RadioButtonGroup<Frequency>(getTranslation("assignment.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("assignment.frequency." + f.name()));
        binder.forField(frequency).bind("frequency");
        var times = new IntegerField(getTranslation("assignment.times-per-week"));
        times.setMin(1);
        times.setMax(7);
        times.setStepButtonsVisible(true);
        binder.forField(times).bind("timesPerWeek");
        frequency.addValueChangeListener(e -> times.setVisible(e.getValue() == Frequency.TIMES_PER_WEEK));
        var starts = new DatePicker(getTranslation("assignment.starts"));
        binder.forField(starts).bind("startsOn");
        var ends = new DatePicker(getTranslation("assignment.ends"));
        ends.setHelperText(getTranslation("assignment.ends.help"));
        binder.forField(ends).bind("endsOn");
        starts.addValueChangeListener(e -> ends.setMin(e.getValue()));
        var note = new TextArea(getTranslation("assignment.note"));
        note.setHelperText(getTranslation("assignment.note.help"));
        note.setMaxLength(1000);
        binder.forField(note).withNullRepresentation("").bind("note");
        binder.readRecord(form);
        times.setVisible(form.frequency() == Frequency.TIMES_PER_WEEK);

        add(practice, frequency, times, starts, ends, note);
        setColspan(practice, 2);
        setColspan(note, 2);
        setAutoResponsive(true);
        setExpandFields(true);
    }

    void choose(UUID practiceId) {
        practice.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(practiceId))
                .findFirst()
                .ifPresent(practice::setValue);
    }

    /** The form as filled in, or empty while a field shows a problem; weekly times count only for "times a week". */
    Optional<AssignmentForm> read() {
        try {
            var f = binder.writeRecord();
            return Optional.of(new AssignmentForm(
                    f.practiceId(),
                    f.frequency(),
                    f.frequency() == Frequency.TIMES_PER_WEEK ? f.timesPerWeek() : null,
                    f.startsOn(),
                    f.endsOn(),
                    f.note()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(InvalidInputException problem) {
        FormProblems.show(binder, problem);
    }
}
