package app.attune.notes.ui;

import app.attune.base.InvalidInputException;
import app.attune.notes.NoteService;
import app.attune.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The note of one appointment: opens it, or starts it as a draft. Other screens link here by the appointment's id,
 * so they need not know about notes.
 */
@Route("notes/for-appointment/:appointmentId([0-9a-fA-F-]{36})")
@PageTitle("title.note")
@RolesAllowed(Role.Names.THERAPIST)
class NoteForSessionView extends Main implements BeforeEnterObserver {

    /** The route parameter that carries the appointment's id. */
    static final String APPOINTMENT_ID = "appointmentId";

    private final NoteService notes;

    NoteForSessionView(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var appointmentId = UUID.fromString(
                    event.getRouteParameters().get(APPOINTMENT_ID).orElseThrow());
            var noteId = notes.forAppointment(appointmentId);
            event.forwardTo(NoteEditorView.class, NoteNavigation.note(noteId));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (InvalidInputException problem) {
            removeAll();
            var box = new Div(new Paragraph(problem.problems().getFirst().message()));
            box.addClassName("attune-empty");
            add(box);
        }
    }
}
