package app.attune.client;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.audit.ClientAccessPolicy;
import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
    public boolean maySee(@Nullable UUID clientId) {
        var user = currentUser.find().orElse(null);
        if (user == null || clientId == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> clients.existsById(clientId);
            case THERAPIST ->
                clients.findTherapistOf(clientId).map(user.id()::equals).orElse(false);
            case CLIENT -> false;
        };
    }

    /** The client, if the signed-in person may see them; otherwise the refusal is audited and access denied. */
    Client require(Optional<Client> found, UUID requestedId) {
        var user = currentUser.require();
        var allowed = found.filter(client -> switch (user.role()) {
            case ADMIN -> true;
            case THERAPIST -> client.getPrimaryTherapistId().equals(user.id());
            case CLIENT -> false;
        });
        if (allowed.isEmpty()) {
            audit.recordAccess(
                    AuditAction.ACCESS_DENIED,
                    found.map(Client::getId).orElse(null),
                    AuditRecordType.CLIENT,
                    requestedId);
            throw new AccessDeniedException("This client is not in your caseload");
        }
        return allowed.get();
    }

    /** The therapist whose caseload a list shows: the signed-in therapist, or for an admin the one asked for. */
    @Nullable
    UUID caseloadOwner(@Nullable UUID requestedTherapist) {
        AttuneUser user = currentUser.require();
        return user.role() == Role.ADMIN ? requestedTherapist : user.id();
    }

    boolean isAdmin() {
        return currentUser.require().role() == Role.ADMIN;
    }
}
