package app.attune.notes.ui;

import app.attune.client.ClientDetails;
import app.attune.client.ui.ClientPageTab;
import app.attune.notes.NoteExport;
import app.attune.notes.NoteQuery;
import app.attune.notes.NoteRow;
import app.attune.notes.NoteService;
import app.attune.notes.NoteStatus;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.stereotype.Component;

/**
 * The client page's notes: for their therapist, the notes with their themes, a new note, the themes over time and
 * the signed notes as a PDF; for an admin, only that notes exist, with their dates and whether they are signed.
 */
@Component
class NotesTab implements ClientPageTab {

    private final NoteService notes;
    private final NoteExport export;
    private final CurrentUser currentUser;
    private final org.springframework.beans.factory.ObjectProvider<BesideTimeline> beside;

    NotesTab(
            NoteService notes,
            NoteExport export,
            CurrentUser currentUser,
            org.springframework.beans.factory.ObjectProvider<BesideTimeline> beside) {
        this.notes = notes;
        this.beside = beside;
        this.export = export;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String labelKey() {
        return "client.tab.notes";
    }

    @Override
    public boolean shownToAdmins() {
        return true;
    }

    @Override
    public com.vaadin.flow.component.Component content(ClientDetails client) {
        var box = new Div();
        box.addClassName("attune-client-notes");
        var locale = UI.getCurrent().getLocale();
        if (currentUser.require().role() == Role.ADMIN) {
            var stubs = notes.existence(client.id());
            box.add(new Paragraph(box.getTranslation("notes.admin.intro")));
            var list = new UnorderedList();
            stubs.forEach(s -> list.add(new ListItem(box.getTranslation(
                    s.signed() ? "notes.admin.signed" : "notes.admin.draft",
                    s.sessionDate() == null ? "–" : Formats.date(s.sessionDate(), locale)))));
            box.add(stubs.isEmpty() ? new Paragraph(box.getTranslation("notes.admin.none")) : list);
            return box;
        }
        var write = new Button(
                box.getTranslation("notes.new"),
                VaadinIcon.PLUS.create(),
                e -> NoteNavigation.toNote(notes.start(client.id())));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = export.signedNotesPdf(client.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "signed-notes.pdf", "application/pdf", bytes.length);
                }),
                box.getTranslation("notes.export"));
        pdf.addClassName("attune-export");
        var actions = new Div(write, pdf);
        actions.addClassName("attune-buttons");

        var grid = new Grid<NoteRow>();
        grid.addColumn(r -> r.sessionDate() == null ? "–" : Formats.date(r.sessionDate(), locale))
                .setHeader(box.getTranslation("notes.date"))
                .setAutoWidth(true);
        grid.addColumn(r -> box.getTranslation("note.status." + r.status().name()))
                .setHeader(box.getTranslation("notes.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.themes())).setHeader(box.getTranslation("notes.themes"));
        grid.setItemsPageable(pageable ->
                notes.search(NoteQuery.forClient(client.id()), pageable).getContent());
        grid.setEmptyStateText(box.getTranslation("notes.empty"));
        grid.setAriaLabel(box.getTranslation("client.tab.notes"));
        grid.setAllRowsVisible(false);
        grid.setHeight("18rem");
        grid.addItemClickListener(e -> NoteNavigation.toNote(e.getItem().id()));
        grid.setPartNameGenerator(r -> r.status() == NoteStatus.DRAFT ? "draft" : null);

        var themes = new Div(new Div(
                new H2(box.getTranslation("timeline.heading")), new ThemeTimeline(notes.timeline(client.id()))));
        themes.addClassName("attune-themes-row");
        beside.orderedStream().forEach(panel -> panel.content(client.id()).ifPresent(themes::add));
        box.add(actions, grid, themes);
        return box;
    }
}
