package app.attune.client;

import app.attune.base.InvalidInputException;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clients as the other features see them: names for lists, checks before booking, and reminder addresses. */
@Service
public class ClientDirectory {

    private final ClientRepository clients;
    private final ClientAccess access;
    private final CurrentUser currentUser;

    ClientDirectory(ClientRepository clients, ClientAccess access, CurrentUser currentUser) {
        this.clients = clients;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** A client of the caller's caseload (any client for an admin); a refusal is audited. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public CaseloadClient visible(UUID clientId) {
        return summary(access.require(clients.findById(clientId), clientId));
    }

    /**
     * A client the caller may book time with: in their caseload and not discharged.
     *
     * @throws InvalidInputException on {@code client} when the client has been discharged
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public CaseloadClient bookable(UUID clientId) {
        if (clientId == null) {
            throw new InvalidInputException("client", "Please choose the client.");
        }
        var client = visible(clientId);
        if (client.status() == ClientStatus.DISCHARGED) {
            throw new InvalidInputException(
                    "client",
                    client.displayName() + " has been discharged. Re-open their record before booking a session.");
        }
        return client;
    }

    /** The clients among {@code ids} that the caller may see, by id. One query. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Map<UUID, CaseloadClient> visibleAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var user = currentUser.require();
        return clients.findAllById(ids).stream()
                .filter(c ->
                        user.role() == Role.ADMIN || c.getPrimaryTherapistId().equals(user.id()))
                .map(ClientDirectory::summary)
                .collect(Collectors.toMap(CaseloadClient::id, Function.identity()));
    }

    /** The signed-in client's own record. */
    @PreAuthorize(Access.CLIENT)
    @Transactional(readOnly = true)
    public CaseloadClient me() {
        return clients.findByUserId(currentUser.require().id())
                .map(ClientDirectory::summary)
                .orElseThrow(() -> new AccessDeniedException("No client record belongs to this account"));
    }

    /**
     * The email addresses of those among {@code ids} who agreed to email, for the system's own reminder jobs, which
     * run with nobody signed in. One query.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Optional<String>> reminderAddresses(Collection<UUID> ids) {
        return clients.findAllById(ids).stream()
                .collect(Collectors.toMap(
                        Client::getId,
                        c -> c.isEmailConsent() && c.getEmail() != null
                                ? Optional.of(c.getEmail())
                                : Optional.empty()));
    }

    /**
     * The initials of the given clients, for a therapist's calendar feed, which must not carry names. The feed's
     * secret address is its credential, so nobody is signed in. One query.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> initialsOf(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : clients.findAllById(ids).stream()
                        .collect(Collectors.toMap(Client::getId, c -> summary(c).initials()));
    }

    private static CaseloadClient summary(Client c) {
        return new CaseloadClient(c.getId(), c.getPrimaryTherapistId(), c.displayName(), c.getStatus());
    }
}
