package app.attune.client;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.Tokens;
import app.attune.notification.Email;
import app.attune.notification.EmailOutbox;
import app.attune.people.TherapistDirectory;
import app.attune.security.Access;
import app.attune.security.AccountLookup;
import app.attune.security.CurrentUser;
import app.attune.security.PortalAccounts;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal invitations: a single-use link, valid for 72 hours, with which a client sets their password.
 * Only the token's SHA-256 is stored; the email carries the token and nothing clinical.
 */
@Service
public class InvitationService {

    static final Duration VALID_FOR = Duration.ofHours(72);

    private final PortalInvitationRepository invitations;
    private final ClientRepository clients;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final AccountLookup accounts;
    private final PortalAccounts portalAccounts;
    private final TherapistDirectory therapists;
    private final ClinicService clinics;
    private final EmailOutbox outbox;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    InvitationService(
            PortalInvitationRepository invitations,
            ClientRepository clients,
            ClientAccess access,
            CurrentUser currentUser,
            AccountLookup accounts,
            PortalAccounts portalAccounts,
            TherapistDirectory therapists,
            ClinicService clinics,
            EmailOutbox outbox,
            MessageSource messages,
            AuditLog audit,
            Clock clock,
            @Value("${attune.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.clients = clients;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.portalAccounts = portalAccounts;
        this.therapists = therapists;
        this.clinics = clinics;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * Emails the client a link to set their portal password. Sending again replaces the earlier link, which then
     * stops working.
     *
     * @throws InvalidInputException the client has no email, already has portal access, or their email is taken
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void invite(UUID clientId) {
        var client = access.require(clients.findById(clientId), clientId);
        if (client.getUserId() != null) {
            throw new InvalidInputException("portal", "This client already uses the portal.");
        }
        if (client.getEmail() == null) {
            throw new InvalidInputException("email", "Please add the client's email address first.");
        }
        if (accounts.exists(client.getEmail())) {
            throw new InvalidInputException(
                    "email",
                    "Another account already uses this email address. Please use a different one for the client.");
        }
        boolean resend = invitations
                .findOpen(clientId)
                .map(open -> {
                    open.revoke(clock.instant());
                    invitations.saveAndFlush(open);
                    return true;
                })
                .orElse(false);

        String token = Tokens.newToken();
        var now = clock.instant();
        invitations.save(new PortalInvitation(
                clientId,
                client.getEmail(),
                Tokens.hash(token),
                currentUser.require().id(),
                now,
                now.plus(VALID_FOR)));
        outbox.enqueue(invitationEmail(client, client.getEmail(), token));
        audit.record(
                resend ? AuditAction.INVITE_RESEND : AuditAction.INVITE,
                clientId,
                AuditRecordType.INVITATION,
                null,
                null);
    }

    /** Withdraws the client's open invitation, so its link no longer works. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void revoke(UUID clientId) {
        access.require(clients.findById(clientId), clientId);
        invitations.findOpen(clientId).ifPresent(open -> {
            open.revoke(clock.instant());
            audit.record(AuditAction.INVITE_REVOKE, clientId, AuditRecordType.INVITATION, open.getId(), null);
        });
    }

    /** What a link is worth, for the page it opens. Anyone holding a link may ask; it reveals only a first name. */
    @Transactional(readOnly = true)
    public InvitationCheck check(String token) {
        var found = find(token, false);
        if (found.isEmpty()) {
            return new InvitationCheck(InvitationCheck.State.UNKNOWN, null);
        }
        var invitation = found.get();
        var state = state(invitation);
        String name = state == InvitationCheck.State.VALID
                ? clients.findById(invitation.getClientId())
                        .map(Client::displayName)
                        .orElse(null)
                : null;
        return new InvitationCheck(state, name);
    }

    /**
     * Sets the client's portal password and consumes the link. Returns the email to sign in with.
     *
     * @throws InvalidInputException the link no longer works, or the password breaks the policy; nothing is saved
     */
    @Transactional
    public String accept(String token, String password) {
        var found = find(token, true);
        var state = found.map(this::state).orElse(InvitationCheck.State.UNKNOWN);
        if (found.isEmpty() || state != InvitationCheck.State.VALID) {
            throw new InvalidInputException(
                    "token",
                    switch (state) {
                        case USED -> "This link has already been used. You can sign in with your password.";
                        case EXPIRED -> "This link has expired. Please ask your counsellor to send a new one.";
                        case REVOKED ->
                            "This link has been replaced or withdrawn. Please use the newest email, or ask your"
                                    + " counsellor for a new link.";
                        default -> "This link isn't valid. Please check that you copied all of it.";
                    });
        }
        var invitation = found.get();
        var client = clients.findById(invitation.getClientId()).orElseThrow();
        UUID userId = portalAccounts.createClientLogin(invitation.getEmail(), client.displayName(), password);
        client.linkPortalAccount(userId, clock.instant());
        invitation.accept(clock.instant());
        audit.record(AuditAction.INVITE_ACCEPT, client.getId(), AuditRecordType.INVITATION, invitation.getId(), null);
        return invitation.getEmail();
    }

    private Optional<PortalInvitation> find(@Nullable String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        return lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash);
    }

    private InvitationCheck.State state(PortalInvitation i) {
        if (i.getAcceptedAt() != null) {
            return InvitationCheck.State.USED;
        }
        if (i.getRevokedAt() != null) {
            return InvitationCheck.State.REVOKED;
        }
        return i.isExpired(clock.instant()) ? InvitationCheck.State.EXPIRED : InvitationCheck.State.VALID;
    }

    private Email invitationEmail(Client client, String email, String token) {
        var locale = Locale.ENGLISH;
        String clinic = clinics.clinic().name();
        String therapist = therapists
                .names(Set.of(client.getPrimaryTherapistId()))
                .getOrDefault(client.getPrimaryTherapistId(), clinic);
        String link = publicUrl + "/invitation/" + token;
        return new Email(
                email,
                messages.getMessage("email.invitation.subject", new Object[] {clinic}, locale),
                messages.getMessage(
                        "email.invitation.text",
                        new Object[] {client.displayName(), therapist, clinic, link, VALID_FOR.toHours()},
                        locale));
    }
}
