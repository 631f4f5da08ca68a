package app.attune.notes;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.client.CaseloadClient;
import app.attune.client.ClientDirectory;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write session notes: only the client's own therapist. Admins never read note content, and
 * clients never see notes. Every refusal is audited; another therapist's note looks exactly like a missing one.
 */
@Component
class NoteAccess {

    private final SessionNoteRepository notes;
    private final ClientDirectory clients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    NoteAccess(SessionNoteRepository notes, ClientDirectory clients, CurrentUser currentUser, AuditLog audit) {
        this.notes = notes;
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The client, if the signed-in therapist is theirs. */
    CaseloadClient requireOwnClient(UUID clientId) {
        if (currentUser.require().role() != Role.THERAPIST) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, clientId, AuditRecordType.NOTE, null);
            throw new AccessDeniedException("Only the client's own therapist reads their notes");
        }
        return clients.visible(clientId);
    }

    /** The note with its themes, if the signed-in therapist is the client's own. */
    SessionNote requireNote(@Nullable UUID noteId) {
        Optional<SessionNote> found = noteId == null ? Optional.empty() : notes.findWithThemes(noteId);
        var user = currentUser.require();
        if (found.isEmpty() || user.role() != Role.THERAPIST) {
            audit.recordAccess(
                    AuditAction.ACCESS_DENIED,
                    found.map(SessionNote::getClientId).orElse(null),
                    AuditRecordType.NOTE,
                    noteId);
            throw new AccessDeniedException("No such note");
        }
        var note = found.get();
        clients.visible(note.getClientId());
        return note;
    }
}
