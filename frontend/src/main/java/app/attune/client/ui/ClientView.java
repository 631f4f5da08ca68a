package app.attune.client.ui;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditRow;
import app.attune.audit.AuditTrail;
import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.client.ClientDetails;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.client.ConcernCatalogue;
import app.attune.client.InvitationService;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/** One client's page: their profile, and tabs for what later features add, and the record's activity. */
@Route("clients/:id([0-9a-fA-F-]{36})")
@PageTitle("title.client")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class ClientView extends Main implements BeforeEnterObserver {

    /** The route parameter that carries the client's id. */
    static final String ID = "id";

    private final ClientService clients;
    private final ConcernCatalogue concerns;
    private final InvitationService invitations;
    private final AuditTrail trail;
    private final TherapistDirectory therapists;
    private final ClinicService clinics;
    private final java.util.List<ClientPageTab> extraTabs;
    private final boolean admin;

    // Set in beforeEnter, from the route, after Vaadin has built the view; read through id() and details().
    private @Nullable UUID id;
    private @Nullable ClientDetails details;
    // Built with the profile tab; read through editor() by the save that it offers.
    private @Nullable ClientEditor editor;

    ClientView(
            ClientService clients,
            ConcernCatalogue concerns,
            InvitationService invitations,
            AuditTrail trail,
            TherapistDirectory therapists,
            ClinicService clinics,
            CurrentUser currentUser,
            ObjectProvider<ClientPageTab> extraTabs) {
        this.clients = clients;
        this.concerns = concerns;
        this.invitations = invitations;
        this.trail = trail;
        this.therapists = therapists;
        this.clinics = clinics;
        this.extraTabs = extraTabs
                .orderedStream()
                .sorted(Comparator.comparingInt(ClientPageTab::order))
                .toList();
        this.admin = currentUser.require().role() == Role.ADMIN;
        addClassName("attune-client");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get(ID).orElseThrow());
            details = clients.get(id);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            // Someone else's client looks exactly like a missing one; the service has audited the attempt.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private UUID id() {
        return Objects.requireNonNull(id, "the client's id is set in beforeEnter");
    }

    private ClientDetails details() {
        return Objects.requireNonNull(details, "the client is read in beforeEnter");
    }

    private ClientEditor editor() {
        return Objects.requireNonNull(editor, "the editor is built with the profile tab");
    }

    private void render() {
        removeAll();
        add(header());
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("client.tab.profile"), profile());
        extraTabs.stream()
                .filter(tab -> !admin || tab.shownToAdmins())
                .forEach(tab -> tabs.add(getTranslation(tab.labelKey()), tab.content(details())));
        if (!admin) {
            placeholder(tabs, "client.tab.notes", "client.notes.empty");
            placeholder(tabs, "client.tab.practices", "client.practices.empty");
        }
        tabs.add(getTranslation("client.tab.activity"), activity());
        add(tabs);
    }

    private Component header() {
        var details = details();
        var name = new H1(details.displayName());
        var facts = new Div();
        facts.addClassName("attune-client-facts");
        if (details.pronouns() != null) {
            facts.add(new Span(details.pronouns()));
        }
        var status = new Span(getTranslation("status." + details.status().name()));
        status.getElement()
                .getThemeList()
                .add("badge"
                        + switch (details.status()) {
                            case ACTIVE -> " success";
                            case DISCHARGED -> " contrast";
                            default -> "";
                        });
        facts.add(status);
        if (details.status() == ClientStatus.DISCHARGED) {
            facts.add(new Span(
                    getTranslation("client.discharged-on", Formats.date(details.dischargeDate(), getLocale()))));
        }
        facts.add(new Span(
                details.nextAppointment() == null
                        ? getTranslation("client.next-appointment.none")
                        : getTranslation(
                                "client.next-appointment",
                                Formats.dateTime(
                                        details.nextAppointment(),
                                        clinics.clinic().zone(),
                                        getLocale()))));
        facts.add(new Span(getTranslation("client.therapist-is", details.therapistName())));
        var header = new Div(name, facts);
        header.addClassName("attune-client-header");
        return header;
    }

    private Component profile() {
        editor = new ClientEditor(admin ? java.util.List.of() : concerns.all(), !admin);
        editor.read(details().form());
        var save = new Button(getTranslation("client.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save);
        buttons.addClassName("attune-buttons");
        if (details().status() != ClientStatus.DISCHARGED) {
            var discharge = new Button(getTranslation("client.discharge"), e -> openDischarge());
            discharge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(discharge);
        }
        var box = new Div(editor, buttons, portal());
        if (admin) {
            box.add(reassign());
        }
        return box;
    }

    private void save() {
        editor().write()
                .ifPresent(form -> SaveFlow.run(this, editor(), allowDuplicate -> {
                    try {
                        clients.update(id(), details().version(), form, allowDuplicate);
                        FormProblems.success(getTranslation("client.saved"));
                        details = clients.get(id());
                        render();
                    } catch (ConcurrentEditException e) {
                        // The form keeps what was typed; they can copy it before reloading.
                        showConflict();
                    }
                }));
    }

    private void showConflict() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("client.conflict.heading"));
        dialog.add(new Paragraph(getTranslation("client.conflict.text")));
        var reload = new Button(getTranslation("client.conflict.reload"), e -> {
            dialog.close();
            details = clients.get(id());
            render();
        });
        var keep = new Button(getTranslation("client.conflict.keep"), e -> dialog.close());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(reload, keep);
        dialog.open();
    }

    private void openDischarge() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("client.discharge.heading", details().displayName()));
        var date = new DatePicker(
                getTranslation("client.discharge.date"),
                LocalDate.now(clinics.clinic().zone()));
        date.setRequiredIndicatorVisible(true);
        var reason = new TextArea(getTranslation("client.discharge.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1001);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("client.discharge.text")), date, reason);
        var confirm = new Button(getTranslation("client.discharge.confirm"), e -> {
            try {
                clients.discharge(id(), details().version(), date.getValue(), reason.getValue());
                dialog.close();
                FormProblems.success(getTranslation("client.discharged"));
                details = clients.get(id());
                render();
            } catch (InvalidInputException problem) {
                problem.problems().forEach(p -> {
                    if (p.field().equals("dischargeDate")) {
                        date.setErrorMessage(p.message());
                        date.setInvalid(true);
                    } else {
                        reason.setErrorMessage(p.message());
                        reason.setInvalid(true);
                    }
                });
            } catch (ConcurrentEditException conflict) {
                dialog.close();
                showConflict();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("client.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component portal() {
        var section = new Div(new H2(getTranslation("client.portal.heading")));
        section.addClassName("attune-portal");
        var state = details().portal();
        section.add(new Paragraph(getTranslation("client.portal." + state.name())));
        if (state == ClientDetails.PortalAccess.ACTIVE || details().status() == ClientStatus.DISCHARGED) {
            return section;
        }
        var invite = new Button(
                getTranslation(
                        state == ClientDetails.PortalAccess.NONE ? "client.portal.invite" : "client.portal.resend"),
                e -> {
                    try {
                        invitations.invite(id());
                        FormProblems.success(getTranslation(
                                "client.portal.sent", details().form().email()));
                        details = clients.get(id());
                        render();
                    } catch (InvalidInputException problem) {
                        problem.problems().forEach(p -> FormProblems.error(p.message()));
                    }
                });
        section.add(invite);
        if (state != ClientDetails.PortalAccess.NONE) {
            section.add(new Button(getTranslation("client.portal.revoke"), e -> {
                invitations.revoke(id());
                FormProblems.success(getTranslation("client.portal.revoked"));
                details = clients.get(id());
                render();
            }));
        }
        return section;
    }

    private Component reassign() {
        var therapist = new ComboBox<TherapistCard>(getTranslation("client.reassign"));
        therapist.setItems(therapists.publicTherapists());
        therapist.setItemLabelGenerator(TherapistCard::displayName);
        therapists.publicTherapists().stream()
                .filter(t -> t.id().equals(details().therapistId()))
                .findFirst()
                .ifPresent(therapist::setValue);
        therapist.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                clients.reassign(id(), e.getValue().id());
                FormProblems.success(
                        getTranslation("client.reassigned", e.getValue().displayName()));
                details = clients.get(id());
                render();
            }
        });
        var box = new Div(new H2(getTranslation("client.reassign.heading")), therapist);
        box.addClassName("attune-reassign");
        return box;
    }

    private Component activity() {
        var grid = new Grid<AuditRow>();
        var zone = clinics.clinic().zone();
        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("activity.when"));
        grid.addColumn(r -> r.actorName() == null ? getTranslation("activity.someone") : r.actorName())
                .setHeader(getTranslation("activity.who"));
        grid.addColumn(r -> getTranslation(AuditAction.labelKey(r.action()), r.action()))
                .setHeader(getTranslation("activity.what"));
        grid.setItemsPageable(pageable -> trail.forClient(id(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("activity.empty"));
        grid.setAriaLabel(getTranslation("client.tab.activity"));
        return grid;
    }

    // Until the feature behind a standard tab is installed, the tab explains what it will hold.
    private void placeholder(TabSheet tabs, String labelKey, String emptyKey) {
        if (extraTabs.stream().noneMatch(tab -> tab.labelKey().equals(labelKey))) {
            tabs.add(getTranslation(labelKey), empty(emptyKey));
        }
    }

    private Component empty(String key) {
        var box = new Div(new Paragraph(getTranslation(key)));
        box.addClassName("attune-empty");
        return box;
    }
}
