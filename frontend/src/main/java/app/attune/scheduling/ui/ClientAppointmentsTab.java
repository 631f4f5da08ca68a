package app.attune.scheduling.ui;

import app.attune.base.ClinicService;
import app.attune.client.ClientDetails;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.client.ui.ClientPageTab;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.ClientAppointment;
import app.attune.scheduling.SessionService;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The client page's appointments: every session and consultation with them, newest first, and booking a new one. */
@Component
class ClientAppointmentsTab implements ClientPageTab {

    private final SessionService sessions;
    private final AppointmentNotePage notePage;
    private final ClientService clients;
    private final ClinicService clinics;
    private final Clock clock;

    ClientAppointmentsTab(
            SessionService sessions,
            AppointmentNotePage notePage,
            ClientService clients,
            ClinicService clinics,
            Clock clock) {
        this.sessions = sessions;
        this.notePage = notePage;
        this.clients = clients;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String labelKey() {
        return "client.tab.appointments";
    }

    @Override
    public boolean shownToAdmins() {
        return true;
    }

    @Override
    public com.vaadin.flow.component.Component content(ClientDetails client) {
        ZoneId zone = clinics.clinic().zone();
        var box = new Div();
        box.addClassName("attune-client-appointments");
        var grid = new Grid<ClientAppointment>();
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        grid.addColumn(a -> Formats.dateTime(a.start(), zone, locale))
                .setHeader(grid.getTranslation("appointments.when"))
                .setAutoWidth(true);
        grid.addColumn(a -> grid.getTranslation("appointment.kind." + a.kind().name())
                        + (a.recurring() ? " · " + grid.getTranslation("appointments.series") : ""))
                .setHeader(grid.getTranslation("appointments.what"));
        grid.addColumn(a -> a.mode() == null
                        ? ""
                        : grid.getTranslation("session.mode." + a.mode().name())
                                + (a.location() == null ? "" : " · " + a.location()))
                .setHeader(grid.getTranslation("appointments.where"));
        grid.addColumn(a ->
                        grid.getTranslation("appointment.status." + a.status().name())
                                + (a.cancelReason() == null ? "" : ": " + a.cancelReason()))
                .setHeader(grid.getTranslation("appointments.status"));
        grid.setItemsPageable(
                pageable -> sessions.forClient(client.id(), pageable).getContent());
        grid.setEmptyStateText(grid.getTranslation(
                client.status() == ClientStatus.DISCHARGED ? "appointments.empty.discharged" : "appointments.empty"));
        grid.setAriaLabel(grid.getTranslation("client.tab.appointments"));
        grid.addItemClickListener(e -> {
            if (e.getItem().kind() == AppointmentKind.SESSION) {
                new SessionDetailsDialog(
                                sessions,
                                notePage,
                                zone,
                                clock,
                                e.getItem().appointmentId(),
                                () -> grid.getDataProvider().refreshAll())
                        .open();
            }
        });
        if (client.status() != ClientStatus.DISCHARGED) {
            var book = new Button(
                    box.getTranslation("appointments.book"),
                    VaadinIcon.PLUS.create(),
                    e -> new NewSessionDialog(
                                    sessions,
                                    clients,
                                    client.therapistId(),
                                    zone,
                                    () -> grid.getDataProvider().refreshAll())
                            .open(new ClientChoice(client.id(), client.displayName()), null, null));
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(book);
        }
        box.add(grid);
        return box;
    }
}
