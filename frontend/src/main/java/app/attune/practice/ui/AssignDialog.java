package app.attune.practice.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.practice.AssignmentForm;
import app.attune.practice.PracticeSummary;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Assigns a practice, or changes an assignment's schedule. When the client's recent notes carry barrier themes, the
 * practices linked to them are offered first, as one-tap suggestions.
 */
class AssignDialog extends Dialog {

    /** What saving does: assign, or change. */
    interface Save {
        void save(AssignmentForm form);
    }

    AssignDialog(
            String title,
            List<PracticeSummary> choices,
            Set<UUID> barrierThemes,
            AssignmentForm form,
            Save save,
            Runnable saved) {
        setHeaderTitle(title);
        setWidth("min(44rem, 100vw)");
        var editor = new AssignmentEditor(choices, form);
        var suggested = barrierThemes.isEmpty()
                ? List.<PracticeSummary>of()
                : choices.stream()
                        .filter(p -> p.themeIds().stream().anyMatch(barrierThemes::contains))
                        .toList();
        if (!suggested.isEmpty()) {
            var box = new Div(new Paragraph(getTranslation("assignment.suggested")));
            box.addClassName("attune-suggestions");
            for (var p : suggested) {
                var pick = new Button(p.title(), e -> editor.choose(p.id()));
                pick.addThemeVariants(ButtonVariant.LUMO_SMALL);
                box.add(pick);
            }
            add(box);
        }
        add(editor);
        var ok = new Button(
                getTranslation("assignment.save"),
                e -> editor.read().ifPresent(filled -> {
                    try {
                        save.save(filled);
                        close();
                        saved.run();
                    } catch (InvalidInputException problem) {
                        editor.show(problem);
                    } catch (ConcurrentEditException conflict) {
                        FormProblems.error(getTranslation("assignment.conflict"));
                        close();
                        saved.run();
                    }
                }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("assignment.cancel"), e -> close()), ok);
    }
}
