package app.attune.notes.ui;

import app.attune.notes.ThemeCategory;
import app.attune.notes.ThemeOption;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The practices done in a session: the clinic's in-session and self-regulation themes are offered, and anything else
 * the therapist types is kept as a practice of its own.
 */
class PracticesField extends MultiSelectComboBox<String> {

    private final List<String> offered;
    private Runnable onTyped = () -> {};

    PracticesField(List<ThemeOption> themes, List<String> chosen) {
        setLabel(getTranslation("note.practices"));
        setHelperText(getTranslation("note.practices.help"));
        setAllowCustomValue(true);
        offered = new ArrayList<>(themes.stream()
                .filter(t -> !t.retired()
                        && (t.category() == ThemeCategory.PRACTICE_IN_SESSION
                                || t.category() == ThemeCategory.SELF_REGULATION))
                .map(ThemeOption::name)
                .toList());
        // A practice typed on an earlier save is offered again, so it shows as chosen.
        chosen.stream().filter(p -> !offered.contains(p)).forEach(offered::add);
        setItems(offered);
        setValue(new LinkedHashSet<>(chosen));
        addCustomValueSetListener(e -> choose(e.getDetail().strip()));
    }

    private void choose(String typed) {
        if (!typed.isEmpty() && !offered.contains(typed)) {
            offered.add(typed);
            setItems(offered);
        }
        var chosen = new LinkedHashSet<>(getValue());
        chosen.add(typed);
        // Set by the server, so value listeners see no change from the client; onTyped tells the editor instead.
        setValue(chosen);
        onTyped.run();
    }

    /** What to do after the therapist types a practice of their own (the value is set by the server then). */
    void onTyped(Runnable action) {
        this.onTyped = action;
    }
}
