package app.attune.notes.ui;

import app.attune.notes.NoteTemplate;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The text sections of a note, one field each, as its template names them. Text written under another template stays,
 * marked as such, until the template is changed back: it is never silently dropped.
 */
class NoteSections extends Div {

    private final Map<String, TextArea> fields = new LinkedHashMap<>();
    private final Consumer<TextArea> wire;

    /** {@code wire} is given each new field, for the editor to save when its text changes. */
    NoteSections(Consumer<TextArea> wire) {
        this.wire = wire;
    }

    /** Shows the template's sections with these texts, and any other non-blank text after them. */
    void show(NoteTemplate template, Map<String, String> texts) {
        var keep = new LinkedHashMap<String, String>(texts);
        fields.clear();
        removeAll();
        for (var key : template.sections()) {
            var area = field(key, keep.getOrDefault(key, ""));
            area.setMinRows(4);
        }
        keep.keySet().removeAll(template.sections());
        keep.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                field(key, text).setHelperText(getTranslation("note.section.other-template"));
            }
        });
    }

    private TextArea field(String key, String text) {
        var area = new TextArea(getTranslation("note.section." + key));
        area.setWidthFull();
        area.setValue(text);
        // The page's script compares these fields with what the server saved (see UnsavedWatch).
        area.getElement().setAttribute("data-section", key);
        wire.accept(area);
        fields.put(key, area);
        add(area);
        return area;
    }

    /** The texts now in the fields, by section. */
    Map<String, String> texts() {
        var texts = new LinkedHashMap<String, String>();
        fields.forEach((key, area) -> texts.put(key, area.getValue()));
        return texts;
    }

    /** The first field, where a problem with the sections as a whole is shown. */
    Optional<TextArea> first() {
        return fields.values().stream().findFirst();
    }
}
