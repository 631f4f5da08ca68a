package app.attune.client.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.ConcernCatalogue;
import app.attune.client.ConcernOption;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The presenting concerns therapists can tag client records with; the clinic can add its own. */
@Route("concerns")
@PageTitle("title.concerns")
@Menu(order = 5, title = "menu.concerns", icon = "vaadin:tags")
@RolesAllowed(Role.Names.ADMIN)
class ConcernsView extends Main {

    private final ConcernCatalogue concerns;
    private final Grid<ConcernOption> grid = new Grid<>();

    ConcernsView(ConcernCatalogue concerns) {
        this.concerns = concerns;
        grid.addColumn(c -> ClientEditor.concernName(this, c)).setHeader(getTranslation("concerns.name"));
        grid.setAllRowsVisible(true);
        grid.setItems(concerns.all());

        var name = new TextField(getTranslation("concerns.new"));
        name.setMaxLength(61);
        var add = new Button(getTranslation("concerns.add"), e -> {
            try {
                concerns.add(name.getValue());
                name.clear();
                name.setInvalid(false);
                grid.setItems(concerns.all());
                FormProblems.success(getTranslation("concerns.added"));
            } catch (InvalidInputException problem) {
                name.setErrorMessage(problem.problems().getFirst().message());
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(name, add);
        form.addClassName("attune-filters");
        add(new H1(getTranslation("concerns.heading")), new Paragraph(getTranslation("concerns.intro")), form, grid);
    }
}
