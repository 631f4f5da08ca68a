package app.attune.client;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.audit.ClientAccessPolicy;
import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import app.attune.security.Role;

/**
 * Who may see which client: a therapist their own caseload, an admin everyone. Refusals are audited.
 *
 * @see "docs/decisions/005-client-access-and-audit.md"
 */
@Component
class ClientAccess implements ClientAccessPolicy {

    private final ClientRepository clients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ClientAccess(ClientRepository clients, CurrentUser currentUser, AuditLog audit) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(UUID clientId) {
        var user = currentUser.find().orElse(null);
        if (user == null || clientId == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> clients.existsById(clientId);
            case THERAPIST -> clients.findTherapistOf(clientId).map(user.id()::equals).orElse(false);
            case CLIENT -> false;
        };
    }

    /** The client, if the signed-in person may see them; otherwise the refusal is audited and access denied. */
    Client require(Client client, UUID requestedId) {
        var user = currentUser.require();
        boolean allowed = client != null && switch (user.role()) {
            case ADMIN -> true;
            case THERAPIST -> client.getPrimaryTherapistId().equals(user.id());
            case CLIENT -> false;
        };
        if (!allowed) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, client == null ? null : client.getId(),
                    AuditRecordType.CLIENT, requestedId);
            throw new AccessDeniedException("This client is not in your caseload");
        }
        return client;
    }

    /** The therapist whose caseload a list shows: the signed-in therapist, or for an admin the one asked for. */
    UUID caseloadOwner(UUID requestedTherapist) {
        AttuneUser user = currentUser.require();
        return user.role() == Role.ADMIN ? requestedTherapist : user.id();
    }

    boolean isAdmin() {
        return currentUser.require().role() == Role.ADMIN;
    }
}
