package app.attune.notes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;

/**
 * The way into the note screens from anywhere: the views stay package-private, and a route is renamed here and in its
 * view only.
 *
 * @see "docs/decisions/001-modules-and-features.md, Typed navigation"
 */
public final class NoteNavigation {

    private NoteNavigation() {}

    /** Opens one note in the editor. */
    public static void toNote(UUID noteId) {
        UI.getCurrent().navigate(NoteEditorView.class, note(noteId));
    }

    /** The address of one note, for a link ({@code notes/<id>}). */
    public static String noteLocation(UUID noteId) {
        return RouteConfiguration.forSessionScope().getUrl(NoteEditorView.class, note(noteId));
    }

    /** The address that opens, or starts, the note of one appointment ({@code notes/for-appointment/<id>}). */
    public static String noteForAppointmentLocation(UUID appointmentId) {
        return RouteConfiguration.forSessionScope()
                .getUrl(
                        NoteForSessionView.class,
                        new RouteParameters(NoteForSessionView.APPOINTMENT_ID, appointmentId.toString()));
    }

    static RouteParameters note(UUID noteId) {
        return new RouteParameters(NoteEditorView.ID, noteId.toString());
    }
}
