package app.attune.client.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.DuplicateEmailWarning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/**
 * Saving a client record: the service's refusals go onto the form's fields, and a duplicate email asks whether to
 * save anyway. The form keeps what was typed whatever happens.
 */
final class SaveFlow {

    private SaveFlow() {}

    /** Runs {@code save(allowDuplicateEmail)}, first with false; on a duplicate email, asks before running it with true. */
    static void run(Component owner, ClientEditor editor, Consumer<Boolean> save) {
        try {
            save.accept(false);
        } catch (InvalidInputException e) {
            editor.show(e);
        } catch (DuplicateEmailWarning w) {
            var dialog = new ConfirmDialog();
            dialog.setHeader(owner.getTranslation("client.duplicate.heading"));
            dialog.setText(
                    w.existingName() == null
                            ? owner.getTranslation("client.duplicate.other")
                            : owner.getTranslation("client.duplicate.named", w.existingName()));
            dialog.setCancelable(true);
            dialog.setCancelText(owner.getTranslation("client.duplicate.cancel"));
            dialog.setConfirmText(owner.getTranslation("client.duplicate.confirm"));
            dialog.addConfirmListener(e -> {
                try {
                    save.accept(true);
                } catch (InvalidInputException again) {
                    editor.show(again);
                }
            });
            dialog.open();
        }
    }
}
