package app.attune.audit.ui;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditChain;
import app.attune.audit.AuditEntry;
import app.attune.audit.AuditFilter;
import app.attune.audit.AuditParty;
import app.attune.audit.AuditSearch;
import app.attune.audit.ChainCheck;
import app.attune.base.ClinicService;
import app.attune.security.Role;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The whole audit log for admins, newest first, a page at a time; filtered, exported as CSV, its chain checked. */
@Route("audit")
@PageTitle("title.audit")
@Menu(order = 7, title = "menu.audit", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends Main {

    private final AuditSearch search;
    private final ZoneId zone;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<AuditParty> who = new ComboBox<>();
    private final ComboBox<AuditParty> client = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private final Paragraph chainResult = new Paragraph();

    AuditView(AuditSearch search, AuditChain chain, ClinicService clinics) {
        this.search = search;
        this.zone = clinics.clinic().zone();
        addClassName("attune-audit");
        search.opened();

        var check = new Button(getTranslation("auditlog.check"), VaadinIcon.LINK.create(), e -> show(chain.verify()));
        var csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = search.exportCsv(filter()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "audit-log.csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("auditlog.export"));
        csv.addClassName("attune-export");
        var actions = new Div(check, csv);
        actions.addClassName("attune-buttons");
        var header = new Div(new H1(getTranslation("auditlog.heading")), actions);
        header.addClassName("attune-page-header");
        chainResult.addClassName("attune-chain-result");
        chainResult.getElement().setAttribute("aria-live", "polite");

        who.setLabel(getTranslation("auditlog.who"));
        who.setItems(search.actors());
        client.setLabel(getTranslation("auditlog.client"));
        client.setItems(search.clients());
        for (var party : java.util.List.of(who, client)) {
            party.setItemLabelGenerator(p -> p.name() == null ? p.id().toString() : p.name());
            party.setClearButtonVisible(true);
            party.addValueChangeListener(e -> refresh());
        }
        action.setLabel(getTranslation("auditlog.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit." + a.name()));
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("auditlog.from"));
        to.setLabel(getTranslation("auditlog.to"));
        for (var day : java.util.List.of(from, to)) {
            day.setClearButtonVisible(true);
            day.addValueChangeListener(e -> refresh());
        }
        var filters = new Div(who, client, action, from, to);
        filters.addClassName("attune-filters");

        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("auditlog.col.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("auditlog.role." + e.actorRole()) : e.actorName())
                .setHeader(getTranslation("auditlog.col.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(AuditAction.labelKey(e.action()), e.action()))
                .setHeader(getTranslation("auditlog.col.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.clientId() == null
                        ? ""
                        : e.clientName() == null ? getTranslation("auditlog.purged") : e.clientName())
                .setHeader(getTranslation("auditlog.col.client"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.recordType() == null ? "" : e.recordType())
                .setHeader(getTranslation("auditlog.col.record"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("auditlog.col.detail"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("auditlog.empty"));
        grid.setAriaLabel(getTranslation("auditlog.heading"));
        grid.setItemsPageable(pageable -> search.find(filter(), pageable));

        count.addClassName("attune-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(header, new Paragraph(getTranslation("auditlog.intro")), chainResult, filters, count, grid);
        updateCount();
    }

    AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return new AuditFilter(
                who.getValue() == null ? null : who.getValue().id(),
                client.getValue() == null ? null : client.getValue().id(),
                action.getValue(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void show(ChainCheck check) {
        if (check.intact()) {
            chainResult.setText(getTranslation("auditlog.intact", check.rowsChecked())
                    + (check.awaitingSeal() == 0
                            ? ""
                            : " " + getTranslation("auditlog.awaiting", check.awaitingSeal())));
        } else {
            var problem = Objects.requireNonNull(check.problem(), "a broken chain names its problem");
            chainResult.setText(getTranslation(
                            "auditlog.problem." + problem.name(),
                            check.brokenRowId() == null
                                    ? ""
                                    : check.brokenRowId().toString(),
                            check.brokenRowOccurredAt() == null
                                    ? ""
                                    : Formats.dateTime(check.brokenRowOccurredAt(), zone, getLocale()),
                            check.rowsConcerned())
                    + " " + getTranslation("auditlog.problem.tell"));
        }
        chainResult.getElement().setAttribute("data-intact", Boolean.toString(check.intact()));
        var problem = check.problem();
        chainResult.getElement().setAttribute("data-problem", problem == null ? "" : problem.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long n = search.count(filter());
        count.setText(getTranslation(n == 1 ? "auditlog.count.one" : "auditlog.count", n));
    }
}
