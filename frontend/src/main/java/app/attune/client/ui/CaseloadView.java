package app.attune.client.ui;

import app.attune.base.ClinicService;
import app.attune.client.ClientQuery;
import app.attune.client.ClientRow;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.client.ConcernCatalogue;
import app.attune.client.ConcernOption;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/** The caseload: a therapist's clients, or for an admin the clinic's. Loads a page at a time. */
@Route("clients")
@PageTitle("title.clients")
@Menu(order = 1, title = "menu.clients", icon = "vaadin:users")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class CaseloadView extends Main {

    private final ClientService clients;
    private final Grid<ClientRow> grid = new Grid<>(ClientRow.class, false);
    private final TextField search = new TextField();
    private final MultiSelectComboBox<ClientStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<ConcernOption> concern = new ComboBox<>();
    private final ComboBox<TherapistCard> therapist = new ComboBox<>();
    private final Span count = new Span();

    CaseloadView(
            ClientService clients,
            ConcernCatalogue concerns,
            TherapistDirectory therapists,
            CurrentUser currentUser,
            ClinicService clinics) {
        this.clients = clients;
        addClassName("attune-caseload");
        boolean admin = currentUser.require().role() == Role.ADMIN;
        var zone = clinics.clinic().zone();

        var add = new Button(
                getTranslation("caseload.new"), VaadinIcon.PLUS.create(), e -> ClientNavigation.toNewClient());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("caseload.heading")), add);
        header.addClassName("attune-page-header");

        search.setLabel(getTranslation("caseload.search"));
        search.setPlaceholder(getTranslation("caseload.search-hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        statuses.setLabel(getTranslation("caseload.status"));
        statuses.setItems(ClientStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        statuses.addValueChangeListener(e -> refresh());

        var filters = new Div(search, statuses);
        filters.addClassName("attune-filters");
        if (!admin) {
            // Concerns are clinical: only the therapist filters by them.
            concern.setLabel(getTranslation("caseload.concern"));
            concern.setItems(concerns.all());
            concern.setItemLabelGenerator(c -> ClientEditor.concernName(this, c));
            concern.setClearButtonVisible(true);
            concern.addValueChangeListener(e -> refresh());
            filters.add(concern);
        } else {
            therapist.setLabel(getTranslation("caseload.therapist"));
            therapist.setItems(therapists.publicTherapists());
            therapist.setItemLabelGenerator(TherapistCard::displayName);
            therapist.setClearButtonVisible(true);
            therapist.addValueChangeListener(e -> refresh());
            filters.add(therapist);
        }

        var name = grid.addColumn(ClientRow::name)
                .setHeader(getTranslation("caseload.col.name"))
                .setSortProperty("legalName")
                .setFlexGrow(2);
        grid.addColumn(ClientRow::pronouns).setHeader(getTranslation("caseload.col.pronouns"));
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("caseload.col.status"))
                .setSortProperty("status");
        grid.addColumn(ClientRow::email)
                .setHeader(getTranslation("caseload.col.email"))
                .setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(ClientRow::phone).setHeader(getTranslation("caseload.col.phone"));
        if (admin) {
            grid.addColumn(ClientRow::therapistName).setHeader(getTranslation("caseload.col.therapist"));
        }
        grid.addColumn(r -> Formats.dateTime(r.updatedAt(), zone, getLocale()))
                .setHeader(getTranslation("caseload.col.updated"))
                .setSortProperty("updatedAt");
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setEmptyStateText(getTranslation("caseload.empty"));
        grid.addItemClickListener(e -> ClientNavigation.toClient(e.getItem().id()));
        grid.setItemsPageable(pageable -> clients.caseload(query(), pageable).getContent());
        grid.setAriaLabel(getTranslation("caseload.heading"));

        count.addClassName("attune-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(header, filters, count, grid);
        updateCount();
    }

    private ClientQuery query() {
        return new ClientQuery(
                search.getValue(),
                Set.copyOf(statuses.getValue()),
                concern.getValue() == null ? null : concern.getValue().id(),
                therapist.getValue() == null ? null : therapist.getValue().id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long n = clients.count(query());
        count.setText(getTranslation(n == 1 ? "caseload.count.one" : "caseload.count", n));
    }
}
