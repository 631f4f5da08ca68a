package app.attune.records.ui;

import app.attune.base.InvalidInputException;
import app.attune.records.PurgePreview;
import app.attune.records.RecordRetention;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;

/**
 * The review before a purge: what the record holds, in counts, what will be removed and what stays, and the client's
 * legal name typed to confirm. Nothing is removed until the admin confirms.
 */
class PurgeDialog extends Dialog {

    private final RecordRetention retention;
    private final Runnable afterwards;

    /** Opens the review of one record, or says why it can't be purged (already gone, or no longer past). */
    static void review(RecordRetention retention, UUID clientId, Runnable afterwards) {
        PurgePreview preview;
        try {
            preview = retention.preview(clientId);
        } catch (InvalidInputException gone) {
            FormProblems.show(Map.of(), gone);
            afterwards.run();
            return;
        }
        new PurgeDialog(retention, preview, afterwards).open();
    }

    private PurgeDialog(RecordRetention retention, PurgePreview p, Runnable afterwards) {
        this.retention = retention;
        this.afterwards = afterwards;
        UUID clientId = p.clientId();
        addClassName("attune-purge");
        setHeaderTitle(getTranslation("purge.heading", p.legalName()));

        var facts = new Paragraph(getTranslation(
                "purge.facts",
                Formats.date(p.dischargedOn(), getLocale()),
                p.lastAppointmentOn() == null
                        ? getTranslation("retention.no-appointment")
                        : Formats.date(p.lastAppointmentOn(), getLocale()),
                Formats.date(p.eligibleSince(), getLocale())));
        var removed = new UnorderedList(
                new ListItem(getTranslation("purge.removes.profile")),
                new ListItem(getTranslation("purge.removes.appointments", p.appointments())),
                new ListItem(getTranslation("purge.removes.notes", p.notes(), p.signedNotes(), p.addenda())),
                new ListItem(getTranslation("purge.removes.practices", p.practices(), p.completions())));
        if (p.portalAccount()) {
            removed.add(new ListItem(getTranslation("purge.removes.portal")));
        }
        removed.add(new ListItem(getTranslation("purge.removes.emails")));
        var warning = new Paragraph(getTranslation("purge.warning"));
        warning.addClassName("attune-warning");

        // the name in the label, not in a helper below, keeps an error message right under the field
        var confirmation = new TextField(getTranslation("purge.confirm", p.legalName()));
        confirmation.setWidthFull();
        confirmation.setMaxLength(250);
        var stays = new Paragraph(getTranslation("purge.stays"));
        stays.addClassName("attune-meta");
        add(facts, new Paragraph(getTranslation("purge.removes")), removed, stays, warning, confirmation);

        var purge = new Button(getTranslation("purge.confirm.button"), e -> purge(clientId, confirmation));
        purge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("purge.cancel"), e -> close());
        getFooter().add(cancel, purge);
        setWidth("min(40rem, 100%)");
    }

    private void purge(UUID clientId, TextField confirmation) {
        try {
            long rows = retention.purge(clientId, confirmation.getValue()).total();
            close();
            afterwards.run();
            FormProblems.success(getTranslation("purge.done", rows));
        } catch (InvalidInputException problem) {
            FormProblems.show(Map.<String, HasValidation>of("confirmation", confirmation), problem);
            confirmation.focus();
            if (problem.problems().stream().noneMatch(f -> "confirmation".equals(f.field()))) {
                close();
                afterwards.run();
            }
        }
    }
}
