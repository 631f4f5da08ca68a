package app.attune.notes.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/** The risk flag and, while it is set, the note that must say what the risk is. */
class RiskFields extends Div {

    private final Checkbox flag = new Checkbox();
    private final TextArea note = new TextArea();

    RiskFields(boolean flagged, @Nullable String text) {
        addClassName("attune-note-risk");
        flag.setLabel(getTranslation("note.risk-flag"));
        note.setLabel(getTranslation("note.risk-note"));
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        flag.setValue(flagged);
        note.setValue(text == null ? "" : text);
        note.setVisible(flagged);
        flag.addValueChangeListener(e -> note.setVisible(e.getValue()));
        add(flag, note);
    }

    Checkbox flag() {
        return flag;
    }

    TextArea note() {
        return note;
    }

    boolean flagged() {
        return flag.getValue();
    }

    /** The risk note, or none when it is blank. */
    @Nullable
    String text() {
        return note.getValue().isBlank() ? null : note.getValue();
    }
}
