package app.attune.notes.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeCategory;
import app.attune.notes.ThemeOption;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The co-regulation themes notes are tagged with: the seeded taxonomy, and those the clinic adds, renames or retires. */
@Route("themes")
@PageTitle("title.themes")
@Menu(order = 6, title = "menu.themes", icon = "vaadin:tag")
@RolesAllowed(Role.Names.ADMIN)
class ThemesView extends Main {

    private final ThemeCatalogue themes;
    private final Div groups = new Div();

    ThemesView(ThemeCatalogue themes) {
        this.themes = themes;
        addClassName("attune-themes");

        var category = new Select<ThemeCategory>();
        category.setLabel(getTranslation("themes.category"));
        category.setItems(ThemeCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("theme.category." + c.name()));
        var name = new TextField(getTranslation("themes.name"));
        name.setMaxLength(61);
        var description = new TextField(getTranslation("themes.description"));
        description.setMaxLength(301);
        var add = new Button(getTranslation("themes.add"), e -> {
            try {
                themes.add(category.getValue(), name.getValue(), description.getValue());
                name.clear();
                description.clear();
                category.setInvalid(false);
                name.setInvalid(false);
                description.setInvalid(false);
                refresh();
                FormProblems.success(getTranslation("themes.added"));
            } catch (InvalidInputException problem) {
                FormProblems.show(
                        Map.<String, HasValidation>of("category", category, "name", name, "description", description),
                        problem);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(category, name, description, add);
        form.addClassName("attune-add-row");
        add(new H1(getTranslation("themes.heading")), new Paragraph(getTranslation("themes.intro")), form, groups);
        refresh();
    }

    private void refresh() {
        groups.removeAll();
        var all = themes.all();
        for (var category : ThemeCategory.values()) {
            var grid = new Grid<ThemeOption>();
            grid.setAriaLabel(getTranslation("theme.category." + category.name()));
            grid.addColumn(ThemeOption::name)
                    .setHeader(getTranslation("themes.name"))
                    .setAutoWidth(true);
            grid.addColumn(ThemeOption::description)
                    .setHeader(getTranslation("themes.description"))
                    .setFlexGrow(3);
            grid.addColumn(t -> t.retired() ? getTranslation("themes.retired") : "")
                    .setHeader(getTranslation("themes.state"))
                    .setAutoWidth(true);
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
            grid.setAllRowsVisible(true);
            grid.setItems(all.stream().filter(t -> t.category() == category).toList());
            groups.add(new H2(getTranslation("theme.category." + category.name())), grid);
        }
    }

    private Div actions(ThemeOption theme) {
        var rename = new Button(getTranslation("themes.rename"), e -> rename(theme));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        rename.setAriaLabel(getTranslation("themes.rename-named", theme.name()));
        var toggle = theme.retired()
                ? new Button(getTranslation("themes.restore"), e -> {
                    themes.restore(theme.id());
                    refresh();
                })
                : new Button(getTranslation("themes.retire"), e -> {
                    themes.retire(theme.id());
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(
                getTranslation(theme.retired() ? "themes.restore-named" : "themes.retire-named", theme.name()));
        var actions = new Div(rename, toggle);
        actions.addClassName("attune-row-actions");
        return actions;
    }

    private void rename(ThemeOption theme) {
        var dialog = new Dialog(getTranslation("themes.rename-named", theme.name()));
        var name = new TextField(getTranslation("themes.name"), theme.name(), "");
        name.setMaxLength(61);
        var description = new TextArea(getTranslation("themes.description"), theme.description(), "");
        description.setMaxLength(301);
        description.setWidthFull();
        dialog.add(name, description);
        var save = new Button(getTranslation("themes.save"), e -> {
            try {
                themes.rename(theme.id(), theme.version(), name.getValue(), description.getValue());
                dialog.close();
                refresh();
                FormProblems.success(getTranslation("themes.saved"));
            } catch (InvalidInputException problem) {
                FormProblems.show(Map.<String, HasValidation>of("name", name, "description", description), problem);
            } catch (ConcurrentEditException conflict) {
                FormProblems.error(getTranslation("themes.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("themes.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
