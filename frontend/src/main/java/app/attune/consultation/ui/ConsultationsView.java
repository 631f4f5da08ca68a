package app.attune.consultation.ui;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.client.ClientStatus;
import app.attune.client.DuplicateEmailWarning;
import app.attune.client.ui.ClientNavigation;
import app.attune.consultation.ConsultationRow;
import app.attune.consultation.ConsultationService;
import app.attune.scheduling.AppointmentStatus;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.UUID;

/** The therapist's free consultations, upcoming and past, with what to do next for each. */
@Route("consultations")
@PageTitle("title.consultations")
@Menu(order = 3, title = "menu.consultations", icon = "vaadin:comments-o")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class ConsultationsView extends Main {

    private final ConsultationService consultations;
    private final Grid<ConsultationRow> grid = new Grid<>();
    private final Clock clock;
    private boolean upcoming = true;

    ConsultationsView(ConsultationService consultations, ClinicService clinics, CurrentUser currentUser, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
        addClassName("attune-consultations");
        boolean admin = currentUser.require().role() == Role.ADMIN;
        var zone = clinics.clinic().zone();

        var upcomingTab = new Tab(getTranslation("consultations.upcoming"));
        var tabs = new Tabs(upcomingTab, new Tab(getTranslation("consultations.past")));
        tabs.addSelectedChangeListener(e -> {
            upcoming = e.getSelectedTab() == upcomingTab;
            grid.getDataProvider().refreshAll();
        });

        grid.addColumn(r -> Formats.dateTime(r.start(), zone, getLocale()))
                .setHeader(getTranslation("consultations.when"))
                .setAutoWidth(true);
        grid.addColumn(ConsultationRow::name).setHeader(getTranslation("consultations.name"));
        grid.addColumn(ConsultationRow::email).setHeader(getTranslation("consultations.email"));
        grid.addColumn(ConsultationRow::phone).setHeader(getTranslation("consultations.phone"));
        grid.addColumn(r -> getTranslation("appointment.status." + r.status().name()))
                .setHeader(getTranslation("consultations.status"));
        if (admin) {
            grid.addColumn(ConsultationRow::therapistName).setHeader(getTranslation("consultations.therapist"));
        } else {
            grid.addColumn(ConsultationRow::message)
                    .setHeader(getTranslation("consultations.message"))
                    .setTooltipGenerator(ConsultationRow::message)
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("consultations.actions"))
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> consultations.list(upcoming, pageable));
        grid.setEmptyStateText(getTranslation("consultations.empty"));
        grid.setAriaLabel(getTranslation("consultations.heading"));

        add(new H1(getTranslation("consultations.heading")), tabs, grid);
    }

    private Div actions(ConsultationRow row) {
        var box = new Div();
        box.addClassName("attune-row-actions");
        boolean started = !clock.instant().isBefore(row.start());
        if (row.status() == AppointmentStatus.BOOKED && started) {
            box.add(action(
                    "consultations.completed",
                    () -> consultations.markOutcome(row.appointmentId(), AppointmentStatus.COMPLETED)));
            box.add(action(
                    "consultations.no-show",
                    () -> consultations.markOutcome(row.appointmentId(), AppointmentStatus.NO_SHOW)));
        }
        UUID clientId = row.clientId();
        if (clientId != null) {
            box.add(new Button(getTranslation("consultations.open-client"), e -> ClientNavigation.toClient(clientId)));
        } else if (row.status() != AppointmentStatus.CANCELLED) {
            box.add(new Button(getTranslation("consultations.convert"), e -> convert(row)));
        }
        return box;
    }

    private Button action(String key, Runnable work) {
        var button = new Button(getTranslation(key), e -> {
            try {
                work.run();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException problem) {
                FormProblems.error(problem.problems().getFirst().message());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void convert(ConsultationRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultations.convert.heading", row.name()));
        var status = new RadioButtonGroup<ClientStatus>(getTranslation("client.status"));
        status.setItems(ClientStatus.PROSPECT, ClientStatus.ACTIVE);
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setValue(ClientStatus.PROSPECT);
        dialog.add(new Paragraph(getTranslation("consultations.convert.text")), status);
        var create = new Button(getTranslation("consultations.convert.confirm"), e -> {
            try {
                var id = consultations.convertToClient(row.appointmentId(), status.getValue(), false);
                dialog.close();
                ClientNavigation.toClient(id);
            } catch (DuplicateEmailWarning w) {
                var id = consultations.convertToClient(row.appointmentId(), status.getValue(), true);
                dialog.close();
                FormProblems.success(getTranslation("consultations.convert.duplicate"));
                ClientNavigation.toClient(id);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("client.cancel"), e -> dialog.close()), create);
        dialog.open();
    }
}
