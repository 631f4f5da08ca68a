package app.attune.practice.ui;

import app.attune.base.InvalidInputException;
import app.attune.practice.CompletionForm;
import app.attune.practice.MyPractice;
import app.attune.practice.MyPractices;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * "I did it": distress before and after, how helpful it was, a reflection and when. The dialog makes one idempotency
 * key when it opens, so a double tap or a retry after a dropped connection records once. The reflection is kept in
 * the browser as it is typed, until it is saved, so a lost connection or a closed tab never loses it.
 */
class DidItDialog extends Dialog {

    private final UUID key = UUID.randomUUID();
    private final BeanValidationBinder<CompletionForm> binder = new BeanValidationBinder<>(CompletionForm.class);
    private final String draftKey;

    DidItDialog(MyPractice practice, MyPractices practices, ZoneId zone, Runnable saved) {
        this.draftKey = "attune.reflection." + practice.assignmentId();
        addClassName("attune-did-it");
        setHeaderTitle(getTranslation("did-it.heading", practice.title()));
        setWidth("min(30rem, 100vw)");

        var before = distress("did-it.before");
        binder.forField(before).bind("distressBefore");
        var after = distress("did-it.after");
        binder.forField(after).bind("distressAfter");
        var helpful = new RadioButtonGroup<Integer>(getTranslation("did-it.helpful"));
        helpful.setItems(1, 2, 3, 4, 5);
        helpful.setHelperText(getTranslation("did-it.helpful.help"));
        binder.forField(helpful).bind("helpfulness");
        var reflection = new TextArea(getTranslation("did-it.reflection"));
        reflection.setHelperText(getTranslation("did-it.reflection.help"));
        reflection.setMaxLength(CompletionForm.MAX_REFLECTION);
        reflection.setValueChangeMode(ValueChangeMode.LAZY);
        binder.forField(reflection).withNullRepresentation("").bind("reflection");
        var when = new DateTimePicker(getTranslation("did-it.when"));
        var now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        when.setMax(now.plusMinutes(1));
        when.setMin(now.minusDays(7).plusMinutes(1));
        binder.forField(when).bind("doneAt");
        binder.readRecord(new CompletionForm(now, 5, 5, null, null));

        // The draft lives in this browser only; it never leaves the client's device until they save.
        reflection.addValueChangeListener(e ->
                getElement().executeJs("try { localStorage.setItem($0, $1) } catch (e) {}", draftKey, e.getValue()));
        getElement()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", draftKey)
                .then(String.class, draft -> {
                    if (draft != null && !draft.isEmpty() && reflection.isEmpty()) {
                        reflection.setValue(draft);
                    }
                });

        var distress = new Div(before, after);
        distress.addClassName("attune-distress-row");
        var form = new Div(distress, helpful, reflection, when);
        form.addClassName("attune-did-it-form");
        add(form);

        var save = new Button(getTranslation("did-it.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                practices.complete(practice.assignmentId(), key, binder.writeRecord());
                getElement().executeJs("try { localStorage.removeItem($0) } catch (e) {}", draftKey);
                close();
                FormProblems.success(getTranslation("did-it.saved"));
                saved.run();
            } catch (ValidationException problem) {
                // The problems show on their fields.
            } catch (InvalidInputException problem) {
                FormProblems.show(binder, problem);
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("did-it.cancel"), e -> close()), save);
    }

    private IntegerField distress(String key) {
        var field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(10);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("did-it.scale"));
        return field;
    }
}
