package app.attune.notes.ui;

import app.attune.client.ClientQuery;
import app.attune.client.ClientRow;
import app.attune.client.ClientService;
import app.attune.notes.NoteQuery;
import app.attune.notes.NoteRow;
import app.attune.notes.NoteService;
import app.attune.notes.NoteStatus;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeOption;
import app.attune.security.Role;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.UUID;

/** The therapist's own notes, searched by theme (any or all), words, client, dates and status; loaded a page at a time. */
@Route("notes")
@PageTitle("title.notes")
@Menu(order = 1.7, title = "menu.notes", icon = "vaadin:notebook")
@RolesAllowed(Role.Names.THERAPIST)
class NotesView extends Main {

    private final NoteService notes;
    private final MultiSelectComboBox<ThemeOption> themes = new MultiSelectComboBox<>();
    private final RadioButtonGroup<Boolean> allThemes = new RadioButtonGroup<>();
    private final TextField words = new TextField();
    private final ComboBox<ClientRow> client = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<NoteStatus> status = new Select<>();
    private final Grid<NoteRow> grid = new Grid<>();
    private final Span count = new Span();

    NotesView(NoteService notes, ThemeCatalogue catalogue, ClientService clients) {
        this.notes = notes;
        addClassName("attune-notes");
        themes.setLabel(getTranslation("notes.search.themes"));
        themes.setItems(catalogue.all());
        themes.setItemLabelGenerator(t -> t.name() + " ("
                + getTranslation("theme.category." + t.category().name()) + ")");
        allThemes.setLabel(getTranslation("notes.search.match"));
        allThemes.setItems(false, true);
        allThemes.setItemLabelGenerator(all -> getTranslation(all ? "notes.search.all" : "notes.search.any"));
        allThemes.setValue(false);
        words.setLabel(getTranslation("notes.search.words"));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        client.setLabel(getTranslation("notes.search.client"));
        client.setClearButtonVisible(true);
        client.setItemLabelGenerator(ClientRow::name);
        client.setItemsPageable((pageable, filter) -> clients.caseload(
                        new ClientQuery(filter, Set.of(), null, null),
                        org.springframework.data.domain.PageRequest.of(
                                pageable.getPageNumber(),
                                pageable.getPageSize(),
                                org.springframework.data.domain.Sort.by("legalName")))
                .getContent());
        from.setLabel(getTranslation("notes.search.from"));
        to.setLabel(getTranslation("notes.search.to"));
        status.setLabel(getTranslation("notes.search.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("notes.search.any-status"));
        status.setItems(NoteStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("notes.search.any-status") : getTranslation("note.status." + s.name()));

        var filters = new Div(themes, allThemes, words, client, from, to, status);
        filters.addClassName("attune-filters");
        var locale = UI.getCurrent().getLocale();
        grid.addColumn(r -> r.sessionDate() == null ? "–" : Formats.date(r.sessionDate(), locale))
                .setHeader(getTranslation("notes.date"))
                .setAutoWidth(true);
        grid.addColumn(NoteRow::clientName)
                .setHeader(getTranslation("notes.client"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("note.status." + r.status().name()))
                .setHeader(getTranslation("notes.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.themes())).setHeader(getTranslation("notes.themes"));
        grid.setItemsPageable(pageable -> notes.search(query(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("notes.search.empty"));
        grid.setAriaLabel(getTranslation("title.notes"));
        grid.addItemClickListener(e -> NoteNavigation.toNote(e.getItem().id()));
        count.addClassName("attune-count");

        themes.addValueChangeListener(e -> refresh());
        allThemes.addValueChangeListener(e -> refresh());
        words.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        add(new H1(getTranslation("notes.heading")), filters, count, grid);
        refresh();
    }

    private NoteQuery query() {
        UUID clientId = client.getValue() == null ? null : client.getValue().id();
        return new NoteQuery(
                themes.getValue().stream().map(ThemeOption::id).collect(java.util.stream.Collectors.toSet()),
                Boolean.TRUE.equals(allThemes.getValue()),
                words.getValue(),
                clientId,
                from.getValue(),
                to.getValue(),
                status.getValue());
    }

    private void refresh() {
        long n = notes.count(query());
        count.setText(getTranslation(n == 1 ? "notes.count.one" : "notes.count", n));
        grid.getDataProvider().refreshAll();
    }
}
