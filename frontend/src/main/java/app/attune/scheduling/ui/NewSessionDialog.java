package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.ClientService;
import app.attune.scheduling.Repeat;
import app.attune.scheduling.SessionPlan;
import app.attune.scheduling.SessionRequest;
import app.attune.scheduling.SessionService;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Books a session or a series. A series is checked first: when some dates are taken, the therapist sees which and
 * why, and books the others only if they confirm.
 */
class NewSessionDialog extends Dialog {

    private final SessionService sessions;
    private final ZoneId zone;
    private final SerializableRunnable onBooked;
    private final SessionForm form;

    NewSessionDialog(
            SessionService sessions,
            ClientService clients,
            UUID therapistId,
            ZoneId zone,
            SerializableRunnable onBooked) {
        this.sessions = sessions;
        this.zone = zone;
        this.onBooked = onBooked;
        this.form = new SessionForm(clients, therapistId);
        setHeaderTitle(getTranslation("session.new.heading"));
        setWidth("min(40rem, 100vw)");
        add(form);
        var book = new Button(getTranslation("session.new.book"), e -> book());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setDisableOnClick(true);
        book.addClickListener(e -> book.setEnabled(true));
        getFooter().add(new Button(getTranslation("session.close"), e -> close()), book);
    }

    void open(@Nullable ClientChoice client, @Nullable LocalDate day, @Nullable LocalTime time) {
        form.start(client, day, time);
        open();
    }

    private void book() {
        form.write().ifPresent(request -> {
            try {
                if (request.repeat() == null || request.repeat() == Repeat.NEVER) {
                    sessions.book(request, false);
                    done(getTranslation("session.booked.one"));
                    return;
                }
                var plan = sessions.plan(request);
                if (plan.conflicts().isEmpty()) {
                    int n = sessions.book(request, false).booked().size();
                    done(getTranslation("session.booked.series", n));
                } else {
                    confirm(request, plan);
                }
            } catch (InvalidInputException problem) {
                form.show(problem);
            }
        });
    }

    private void confirm(SessionRequest request, SessionPlan plan) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("session.conflicts.heading"));
        int free = plan.occurrences().size() - plan.conflicts().size();
        dialog.add(new Paragraph(getTranslation(
                "session.conflicts.text",
                plan.conflicts().size(),
                plan.occurrences().size())));
        var list = new UnorderedList();
        list.addClassName("attune-conflicts");
        plan.conflicts()
                .forEach(o -> list.add(new ListItem(getTranslation(
                        "session.conflicts.item", Formats.dateTime(o.start(), zone, getLocale()), o.conflict()))));
        dialog.add(list);
        var go = new Button(getTranslation("session.conflicts.book-others", free), e -> {
            try {
                var result = sessions.book(request, true);
                dialog.close();
                done(getTranslation(
                        "session.booked.skipped",
                        result.booked().size(),
                        result.skipped().size()));
            } catch (InvalidInputException problem) {
                dialog.close();
                form.show(problem);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setEnabled(free > 0);
        dialog.getFooter().add(new Button(getTranslation("session.conflicts.back"), e -> dialog.close()), go);
        dialog.open();
    }

    private void done(String message) {
        close();
        FormProblems.success(message);
        onBooked.run();
    }
}
