package app.attune.notes.ui;

import app.attune.notes.ThemeCategory;
import app.attune.notes.ThemeOption;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Themes grouped by category, with a search that narrows every group at once. What is chosen stays chosen while
 * the search hides it. A retired theme shows only on a note that already carries it.
 */
class ThemePicker extends Composite<Div> {

    private final Set<UUID> chosen = new HashSet<>();
    private final Map<ThemeCategory, List<ThemeOption>> groups;
    private final Map<ThemeCategory, CheckboxGroup<ThemeOption>> boxes = new java.util.EnumMap<>(ThemeCategory.class);
    private final TextField search = new TextField();
    private Consumer<Set<UUID>> onChange = ids -> {};
    private boolean readOnly;

    ThemePicker(Map<ThemeCategory, List<ThemeOption>> groups) {
        this.groups = groups;
        var root = getContent();
        root.addClassName("attune-theme-picker");
        search.setLabel(getTranslation("note.themes.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> show());
        root.add(search);
        groups.forEach((category, themes) -> {
            var box = new CheckboxGroup<ThemeOption>(getTranslation("theme.category." + category.name()));
            box.setItemLabelGenerator(ThemeOption::name);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    box.getListDataView().getItems().forEach(t -> chosen.remove(t.id()));
                    e.getValue().forEach(t -> chosen.add(t.id()));
                    onChange.accept(Set.copyOf(chosen));
                }
            });
            boxes.put(category, box);
            root.add(box);
        });
    }

    void setValue(Set<UUID> ids) {
        chosen.clear();
        chosen.addAll(ids);
        show();
    }

    Set<UUID> getValue() {
        return Set.copyOf(chosen);
    }

    void onChange(Consumer<Set<UUID>> listener) {
        this.onChange = listener;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        boxes.values().forEach(b -> b.setReadOnly(readOnly));
        search.setVisible(!readOnly);
        show();
    }

    private void show() {
        String term = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        boxes.forEach((category, box) -> {
            // Each box was made from one of the groups.
            var items = Objects.requireNonNull(groups.get(category), "a box per group").stream()
                    .filter(t -> !t.retired() || chosen.contains(t.id()))
                    .filter(t -> !readOnly || chosen.contains(t.id()))
                    .filter(t -> term.isEmpty()
                            || t.name().toLowerCase(Locale.ROOT).contains(term)
                            || t.description().toLowerCase(Locale.ROOT).contains(term))
                    .toList();
            box.setItems(items);
            box.setValue(items.stream().filter(t -> chosen.contains(t.id())).collect(Collectors.toSet()));
            box.setVisible(!items.isEmpty());
        });
    }
}
