package app.attune.practice.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeOption;
import app.attune.practice.PracticeCategory;
import app.attune.practice.PracticeForm;
import app.attune.practice.PracticeLibrary;
import app.attune.practice.PracticeSummary;
import app.attune.security.AttuneUser;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The practices therapists assign. Therapists write their own and copy library ones to adapt them; admins look after
 * the clinic's library.
 */
@Route("practices")
@PageTitle("title.practices")
@Menu(order = 4, title = "menu.practices", icon = "vaadin:open-book")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class PracticeLibraryView extends Main {

    private final PracticeLibrary library;
    private final List<ThemeOption> themes;
    private final Map<UUID, String> themeNames;
    private final boolean admin;
    private final Grid<PracticeSummary> grid = new Grid<>();

    PracticeLibraryView(PracticeLibrary library, ThemeCatalogue themeCatalogue, AuthenticationContext authentication) {
        this.library = library;
        this.themes = themeCatalogue.all();
        this.themeNames = themes.stream().collect(Collectors.toMap(ThemeOption::id, ThemeOption::name));
        this.admin = authentication
                .getAuthenticatedUser(AttuneUser.class)
                .map(u -> u.role() == Role.ADMIN)
                .orElse(false);
        addClassName("attune-practices");

        grid.addColumn(PracticeSummary::title)
                .setHeader(getTranslation("practice.title"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("practice.category." + p.category().name()))
                .setHeader(getTranslation("practice.category"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("practice.minutes.value", p.minutes()))
                .setHeader(getTranslation("practice.minutes"))
                .setAutoWidth(true);
        grid.addColumn(this::themesOf)
                .setHeader(getTranslation("practice.themes"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::themesOf);
        grid.addColumn(p -> getTranslation(
                        p.retired()
                                ? "practice.retired"
                                : p.ownerId() == null ? "practice.owner.clinic" : "practice.owner.mine"))
                .setHeader(getTranslation("practice.owner"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("practices.heading"));

        var add = new Button(getTranslation("practices.new"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("practices.heading")), add);
        header.addClassName("attune-page-header");
        add(header, new Paragraph(getTranslation(admin ? "practices.intro.admin" : "practices.intro")), grid);
        refresh();
    }

    private String themesOf(PracticeSummary p) {
        return p.themeIds().stream().map(themeNames::get).sorted().collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.setItems(library.all());
    }

    private boolean changeable(PracticeSummary p) {
        return admin ? p.ownerId() == null : p.mine();
    }

    private Div actions(PracticeSummary p) {
        var actions = new Div();
        actions.addClassName("attune-row-actions");
        if (changeable(p)) {
            actions.add(small("practices.edit", p, e -> edit(p)));
            actions.add(
                    p.retired()
                            ? small(
                                    "practices.restore",
                                    p,
                                    e -> act(() -> library.restore(p.id()), "practices.restored"))
                            : small(
                                    "practices.retire",
                                    p,
                                    e -> act(() -> library.retire(p.id()), "practices.retired")));
        }
        if (!admin && !p.retired()) {
            actions.add(small("practices.copy", p, e -> act(() -> library.copy(p.id()), "practices.copied")));
        }
        return actions;
    }

    private Button small(String key, PracticeSummary p, Consumer<Object> action) {
        var button = new Button(getTranslation(key), e -> action.accept(e));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key + "-named", p.title()));
        return button;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            refresh();
            FormProblems.success(getTranslation(doneKey));
        } catch (InvalidInputException problem) {
            FormProblems.error(problem.problems().getFirst().message());
        }
    }

    private void edit(@Nullable PracticeSummary existing) {
        var form = existing == null
                ? new PracticeForm("", PracticeCategory.SELF_REGULATION, 5, "", "", Set.of())
                : existing.toForm();
        var editor = new PracticeEditor(themes, form);
        var dialog = new Dialog(getTranslation(
                existing == null ? "practices.new" : "practices.edit-named", existing == null ? "" : existing.title()));
        dialog.setWidth("min(48rem, 100vw)");
        dialog.add(editor);
        var save = new Button(
                getTranslation("practices.save"),
                e -> editor.read().ifPresent(filled -> {
                    try {
                        if (existing == null) {
                            library.create(filled);
                        } else {
                            library.update(existing.id(), existing.version(), filled);
                        }
                        dialog.close();
                        refresh();
                        FormProblems.success(getTranslation("practices.saved"));
                    } catch (InvalidInputException problem) {
                        editor.show(problem);
                    } catch (ConcurrentEditException conflict) {
                        FormProblems.error(getTranslation("practices.conflict"));
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("practices.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
