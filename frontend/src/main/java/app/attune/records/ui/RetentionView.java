package app.attune.records.ui;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.records.PastRetention;
import app.attune.records.RecordRetention;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** How long the clinic keeps records, and the discharged records past that period, each reviewed before a purge. */
@Route("retention")
@PageTitle("title.retention")
@Menu(order = 8, title = "menu.retention", icon = "vaadin:archive")
@RolesAllowed(Role.Names.ADMIN)
class RetentionView extends Main {

    private final RecordRetention retention;
    private final Grid<PastRetention> grid = new Grid<>();
    private final Span count = new Span();

    RetentionView(RecordRetention retention) {
        this.retention = retention;
        addClassName("attune-retention");

        var years = new IntegerField(getTranslation("retention.years"));
        years.setMin(ClinicService.MIN_RETENTION_YEARS);
        years.setMax(ClinicService.MAX_RETENTION_YEARS);
        years.setStepButtonsVisible(true);
        years.setHelperText(getTranslation("retention.years.help"));
        years.setValue(retention.years());
        var save = new Button(getTranslation("retention.save"), e -> {
            try {
                retention.changeYears(years.getValue());
                years.setInvalid(false);
                refresh();
                FormProblems.success(getTranslation("retention.saved", years.getValue()));
            } catch (InvalidInputException problem) {
                FormProblems.show(Map.<String, HasValidation>of("years", years), problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var setting = new Div(years, save);
        setting.addClassName("attune-add-row");

        grid.addColumn(r -> r.preferredName() == null
                        ? r.legalName()
                        : getTranslation("retention.name-preferred", r.legalName(), r.preferredName()))
                .setHeader(getTranslation("retention.col.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.dischargedOn(), getLocale()))
                .setHeader(getTranslation("retention.col.discharged"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastAppointmentOn() == null
                        ? getTranslation("retention.no-appointment")
                        : Formats.date(r.lastAppointmentOn(), getLocale()))
                .setHeader(getTranslation("retention.col.last"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.eligibleSince(), getLocale()))
                .setHeader(getTranslation("retention.col.since"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::review).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("retention.empty"));
        grid.setAriaLabel(getTranslation("retention.list"));
        grid.setItemsPageable(retention::pastRetention);

        count.addClassName("attune-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("retention.heading")),
                new Paragraph(getTranslation("retention.intro")),
                setting,
                new H2(getTranslation("retention.list")),
                new Paragraph(getTranslation("retention.list.intro")),
                count,
                grid);
        updateCount();
    }

    private Button review(PastRetention row) {
        var review = new Button(
                getTranslation("retention.review"), e -> PurgeDialog.review(retention, row.clientId(), this::refresh));
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        review.setAriaLabel(getTranslation("retention.review-named", row.legalName()));
        return review;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long n = retention.countPastRetention();
        count.setText(getTranslation(n == 1 ? "retention.count.one" : "retention.count", n));
    }
}
