package app.attune.scheduling.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.client.ui.ClientNavigation;
import app.attune.scheduling.AppointmentStatus;
import app.attune.scheduling.Scope;
import app.attune.scheduling.SessionDetails;
import app.attune.scheduling.SessionMode;
import app.attune.scheduling.SessionService;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/** One session: what, when and where, and what the therapist can do with it. */
class SessionDetailsDialog extends Dialog {

    private final SessionService sessions;
    private final AppointmentNotePage notePage;
    private final ZoneId zone;
    private final Clock clock;
    private final SerializableRunnable onChange;
    private SessionDetails session;
    private final boolean isTherapist;

    SessionDetailsDialog(
            SessionService sessions,
            AppointmentNotePage notePage,
            ZoneId zone,
            Clock clock,
            UUID appointmentId,
            SerializableRunnable onChange) {
        this.sessions = sessions;
        this.notePage = notePage;
        this.zone = zone;
        this.clock = clock;
        this.onChange = onChange;
        this.session = sessions.get(appointmentId);
        // Notes are the therapist's alone; an admin helping with the calendar gets no link to them.
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        this.isTherapist = signedIn != null
                && signedIn.getAuthorities().stream()
                        .anyMatch(a -> Role.THERAPIST.authority().equals(a.getAuthority()));
        setWidth("min(36rem, 100vw)");
        showDetails();
    }

    private void showDetails() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("session.details.heading", session.clientName()));
        var facts = new Div();
        facts.addClassName("attune-session-facts");
        facts.add(new Paragraph(getTranslation(
                "session.details.when", Formats.dateTime(session.start(), zone, getLocale()), session.minutes())));
        facts.add(new Paragraph(getTranslation("session.type." + session.type().name())));
        if (session.mode() == SessionMode.VIDEO) {
            var link = new Anchor(session.videoLink(), getTranslation("session.details.join"));
            link.setTarget("_blank");
            facts.add(new Paragraph(link));
        }
        if (session.location() != null) {
            facts.add(new Paragraph(getTranslation("session.details.where", session.location())));
        }
        if (session.seriesIndex() != null) {
            facts.add(new Paragraph(
                    getTranslation("session.details.series", session.seriesIndex(), session.seriesSize())));
        }
        var status =
                new Span(getTranslation("appointment.status." + session.status().name()));
        status.getElement().getThemeList().add("badge");
        facts.add(status);
        if (session.cancelReason() != null) {
            facts.add(new Paragraph(getTranslation("session.details.cancel-reason", session.cancelReason())));
        }
        UUID clientId = session.clientId();
        if (clientId != null) {
            facts.add(new Paragraph(leaving(
                    new Anchor(ClientNavigation.clientLocation(clientId), getTranslation("session.details.client")))));
        }
        if (session.status() != AppointmentStatus.CANCELLED && isTherapist) {
            facts.add(new Paragraph(leaving(
                    new Anchor(notePage.location(session.appointmentId()), getTranslation("session.details.note")))));
        }
        add(facts);

        getFooter().add(new Button(getTranslation("session.close"), e -> close()));
        boolean started = !session.start().isAfter(clock.instant());
        if (session.status() != AppointmentStatus.CANCELLED && started) {
            if (session.status() != AppointmentStatus.COMPLETED) {
                getFooter().add(action("session.mark.completed", () -> mark(AppointmentStatus.COMPLETED)));
            }
            if (session.status() != AppointmentStatus.NO_SHOW) {
                getFooter().add(action("session.mark.no-show", () -> mark(AppointmentStatus.NO_SHOW)));
            }
        }
        if (session.status() == AppointmentStatus.BOOKED) {
            var cancel = action("session.cancel", this::showCancel);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var edit = action("session.edit", this::showEdit);
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(cancel, edit);
        }
    }

    // A dialog belongs to the whole window, not the page: following a link to another page must close it.
    private Anchor leaving(Anchor link) {
        link.getElement().addEventListener("click", e -> close());
        return link;
    }

    private Button action(String key, SerializableRunnable run) {
        return new Button(getTranslation(key), e -> run.run());
    }

    private void mark(AppointmentStatus outcome) {
        try {
            sessions.mark(session.appointmentId(), outcome);
            FormProblems.success(getTranslation("session.marked." + outcome.name()));
            refresh();
        } catch (InvalidInputException problem) {
            problem.problems().forEach(p -> FormProblems.error(p.message()));
        }
    }

    private void showEdit() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("session.edit.heading", session.clientName()));
        var form = new SessionChangeForm();
        form.read(session, zone);
        add(form);
        var scope = scopeChoice();
        var save = new Button(
                getTranslation("session.edit.save"),
                e -> form.write().ifPresent(change -> {
                    try {
                        int n = sessions.change(session.appointmentId(), session.version(), change, scope.getValue());
                        FormProblems.success(getTranslation("session.edit.saved", n));
                        refresh();
                    } catch (InvalidInputException problem) {
                        form.show(problem);
                    } catch (ConcurrentEditException conflict) {
                        FormProblems.error(getTranslation("session.edit.conflict"));
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("session.back"), e -> showDetails()), save);
    }

    private void showCancel() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("session.cancel.heading", session.clientName()));
        var reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(501);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("session.cancel.text")), reason);
        var scope = scopeChoice();
        var confirm = new Button(getTranslation("session.cancel.confirm"), e -> {
            try {
                int n = sessions.cancel(session.appointmentId(), reason.getValue(), scope.getValue());
                FormProblems.success(getTranslation("session.cancel.done", n));
                refresh();
            } catch (InvalidInputException problem) {
                problem.problems().forEach(p -> {
                    reason.setErrorMessage(p.message());
                    reason.setInvalid(true);
                });
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("session.back"), e -> showDetails()), confirm);
    }

    /** "This one" or "this and following", offered only for a session of a series. */
    private RadioButtonGroup<Scope> scopeChoice() {
        var scope = new RadioButtonGroup<Scope>(getTranslation("session.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("session.scope." + s.name()));
        scope.setValue(Scope.THIS_ONE);
        scope.setVisible(session.seriesId() != null);
        add((Component) scope);
        return scope;
    }

    private void refresh() {
        session = sessions.get(session.appointmentId());
        showDetails();
        onChange.run();
    }
}
