package app.attune.practice.ui;

import app.attune.base.InvalidInputException;
import app.attune.notes.ThemeOption;
import app.attune.practice.PracticeCategory;
import app.attune.practice.PracticeForm;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The form for a practice: title, what it works on, minutes, steps one per line, why it helps, and its themes. */
class PracticeEditor extends FormLayout {

    private final BeanValidationBinder<PracticeForm> binder = new BeanValidationBinder<>(PracticeForm.class);

    PracticeEditor(List<ThemeOption> themes, PracticeForm form) {
        var title = new TextField(getTranslation("practice.title"));
        title.setMaxLength(121);
        binder.forField(title).withNullRepresentation("").bind("title");
        var category = new Select<PracticeCategory>();
        category.setLabel(getTranslation("practice.category"));
        category.setItems(PracticeCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("practice.category." + c.name()));
        binder.forField(category).bind("category");
        var minutes = new IntegerField(getTranslation("practice.minutes"));
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        binder.forField(minutes).bind("minutes");
        var steps = new TextArea(getTranslation("practice.steps"));
        steps.setHelperText(getTranslation("practice.steps.help"));
        steps.setMaxLength(4001);
        binder.forField(steps).withNullRepresentation("").bind("steps");
        var why = new TextArea(getTranslation("practice.why"));
        why.setMaxLength(1001);
        binder.forField(why).withNullRepresentation("").bind("why");
        var themeField = new MultiSelectComboBox<ThemeOption>(getTranslation("practice.themes"));
        var offered = themes.stream()
                .filter(t -> !t.retired()
                        || (form.themeIds() != null && form.themeIds().contains(t.id())))
                .toList();
        themeField.setItems(offered);
        themeField.setItemLabelGenerator(
                t -> getTranslation("theme.category." + t.category().name()) + ": " + t.name());
        binder.forField(themeField)
                .withConverter(PracticeEditor::ids, ids -> options(offered, ids))
                .bind("themeIds");
        binder.readRecord(form);

        add(title, category, minutes, steps, why, themeField);
        setColspan(steps, 2);
        setColspan(why, 2);
        setColspan(themeField, 2);
        setAutoResponsive(true);
        setExpandFields(true);
    }

    /** The form as filled in, or empty while a field shows a problem. */
    Optional<PracticeForm> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(InvalidInputException problem) {
        FormProblems.show(binder, problem);
    }

    private static Set<UUID> ids(Collection<ThemeOption> options) {
        return options == null
                ? Set.of()
                : options.stream().map(ThemeOption::id).collect(Collectors.toSet());
    }

    private static Set<ThemeOption> options(List<ThemeOption> offered, Set<UUID> ids) {
        if (ids == null) {
            return new HashSet<>();
        }
        return offered.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
