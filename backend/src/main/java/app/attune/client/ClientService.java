package app.attune.client;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.TextRules;
import app.attune.base.Validation;
import app.attune.people.TherapistDirectory;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client records: the caseload, each record, and a client's own contact details. */
@Service
public class ClientService {

    private final ClientRepository clients;
    private final CaseloadSearch caseload;
    private final ConcernRepository concerns;
    private final ClientAccess access;
    private final PortalStatus portal;
    private final TherapistDirectory therapists;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Validation validation;
    private final UpcomingAppointments appointments;
    private final Clock clock;

    ClientService(
            ClientRepository clients,
            CaseloadSearch caseload,
            ConcernRepository concerns,
            ClientAccess access,
            PortalStatus portal,
            TherapistDirectory therapists,
            CurrentUser currentUser,
            AuditLog audit,
            Validation validation,
            UpcomingAppointments appointments,
            Clock clock) {
        this.clients = clients;
        this.caseload = caseload;
        this.concerns = concerns;
        this.access = access;
        this.portal = portal;
        this.therapists = therapists;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validation = validation;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** One page of the caseload: a therapist's own clients, or for an admin every client (optionally one therapist's). */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Page<ClientRow> caseload(ClientQuery query, Pageable pageable) {
        validation.require(query);
        var page = caseload.page(query, access.caseloadOwner(query.therapistId()), pageable);
        var names = therapists.names(
                page.stream().map(CaseloadSearch.Found::therapistId).collect(Collectors.toSet()));
        return page.map(c -> new ClientRow(
                c.id(),
                c.displayName(),
                c.pronouns(),
                c.email(),
                c.phone(),
                c.status(),
                c.therapistId(),
                names.get(c.therapistId()),
                c.updatedAt()));
    }

    /** How many clients the caseload query matches. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public long count(ClientQuery query) {
        validation.require(query);
        return caseload.count(query, access.caseloadOwner(query.therapistId()));
    }

    /** A client's record, for their therapist or an admin (without clinical content). The look is audited. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public ClientDetails get(UUID id) {
        var client = access.require(clients.findWithConcerns(id), id);
        audit.recordAccess(AuditAction.VIEW, id, AuditRecordType.CLIENT, id);
        return details(client);
    }

    /**
     * Creates a client. A therapist's new client joins their own caseload; an admin names the therapist, and with
     * null (none chosen) is refused.
     *
     * @throws InvalidInputException a field is missing or wrong; nothing is saved
     * @throws DuplicateEmailWarning another client has this email and {@code allowDuplicateEmail} is false
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public UUID create(ClientForm form, @Nullable UUID therapistId, boolean allowDuplicateEmail) {
        validation.require(form);
        requireOpenStatus(form);
        UUID owner = access.isAdmin() ? therapistId : currentUser.require().id();
        if (owner == null || !therapists.isTherapist(owner)) {
            throw new InvalidInputException("therapist", "Please choose the client's therapist.");
        }
        checkDuplicateEmail(form.email(), null, allowDuplicateEmail);
        var client = new Client(owner, form, resolveConcerns(form.concernIds(), Set.of()), clock.instant());
        clients.saveAndFlush(client);
        audit.record(AuditAction.CREATE, client.getId(), AuditRecordType.CLIENT, client.getId(), null);
        return client.getId();
    }

    /**
     * Saves changes to a client's record, if nobody else saved it since {@code version} was read.
     *
     * @throws ConcurrentEditException someone else saved first; nothing is saved
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void update(UUID id, long version, ClientForm form, boolean allowDuplicateEmail) {
        var client = access.require(clients.findWithConcerns(id), id);
        validation.require(form);
        if (client.getStatus() != ClientStatus.DISCHARGED) {
            requireOpenStatus(form);
        }
        requireVersion(client, version);
        checkDuplicateEmail(form.email(), id, allowDuplicateEmail);
        // Admins see no concerns, so their save keeps the ones the therapist set.
        Set<Concern> kept = access.isAdmin() ? new HashSet<>(client.getConcerns()) : null;
        var newConcerns = kept != null ? kept : resolveConcerns(form.concernIds(), client.getConcerns());
        client.apply(form, newConcerns, clock.instant());
        clients.saveAndFlush(client);
        audit.record(AuditAction.UPDATE, id, AuditRecordType.CLIENT, id, null);
    }

    /** Discharges a client on a date, for a reason. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void discharge(UUID id, long version, LocalDate date, String reason) {
        TextRules.requireMultilineText("reason", reason);
        var client = access.require(clients.findById(id), id);
        var problems = new ArrayList<InvalidInputException.FieldProblem>();
        if (date == null) {
            problems.add(new InvalidInputException.FieldProblem("dischargeDate", "Please give the discharge date."));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(new InvalidInputException.FieldProblem(
                    "dischargeDate", "The discharge date can't be in the future."));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("dischargeReason", "Please give a short reason."));
        } else if (reason.length() > 1000) {
            problems.add(new InvalidInputException.FieldProblem(
                    "dischargeReason", "Please keep the reason to 1000 characters or fewer."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireVersion(client, version);
        client.discharge(date, reason, clock.instant());
        clients.saveAndFlush(client);
        audit.record(AuditAction.DISCHARGE, id, AuditRecordType.CLIENT, id, null);
    }

    /** Moves a client to another therapist's caseload. Admins only. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void reassign(UUID id, UUID therapistId) {
        var client = access.require(clients.findById(id), id);
        if (!therapists.isTherapist(therapistId)) {
            throw new InvalidInputException("therapist", "Please choose one of the clinic's therapists.");
        }
        client.reassign(therapistId, clock.instant());
        audit.record(AuditAction.REASSIGN, id, AuditRecordType.CLIENT, id, null);
    }

    /** The signed-in client's own profile: name and contact details. */
    @PreAuthorize(Access.CLIENT)
    @Transactional(readOnly = true)
    public MyProfile myProfile() {
        var client = ownRecord();
        audit.recordAccess(AuditAction.VIEW, client.getId(), AuditRecordType.PROFILE, client.getId());
        String therapist =
                therapists.names(Set.of(client.getPrimaryTherapistId())).get(client.getPrimaryTherapistId());
        return new MyProfile(
                client.getLegalName(),
                client.getPreferredName(),
                client.getPronouns(),
                therapist,
                new MyContactForm(
                        client.getEmail(),
                        client.getPhone(),
                        client.getEmergencyName(),
                        client.getEmergencyPhone(),
                        client.getEmergencyRelationship()),
                client.getVersion());
    }

    /** The signed-in client changes their own phone, email and emergency contact, as read at {@code version}. */
    @PreAuthorize(Access.CLIENT)
    @Transactional
    public void updateMyContact(MyContactForm form, long version) {
        validation.require(form);
        var client = ownRecord();
        requireVersion(client, version);
        client.applyContact(form, clock.instant());
        clients.saveAndFlush(client);
        audit.record(AuditAction.UPDATE, client.getId(), AuditRecordType.PROFILE, client.getId(), null);
    }

    private Client ownRecord() {
        return clients.findByUserId(currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("No client record belongs to this account"));
    }

    private ClientDetails details(Client c) {
        boolean admin = access.isAdmin();
        var concernList = admin
                ? null
                : c.getConcerns().stream()
                        .map(Concern::toOption)
                        .sorted(java.util.Comparator.comparing(ConcernOption::name))
                        .toList();
        var form = new ClientForm(
                c.getLegalName(),
                c.getPreferredName(),
                c.getPronouns(),
                c.getDateOfBirth(),
                c.getEmail(),
                c.getPhone(),
                c.getAddress(),
                c.getPreferredLanguage(),
                c.getEmergencyName(),
                c.getEmergencyPhone(),
                c.getEmergencyRelationship(),
                c.getStatus(),
                admin ? Set.of() : c.getConcerns().stream().map(Concern::getId).collect(Collectors.toSet()),
                c.getConsentSignedOn(),
                c.isEmailConsent());
        String therapistName =
                therapists.names(Set.of(c.getPrimaryTherapistId())).get(c.getPrimaryTherapistId());
        return new ClientDetails(
                c.getId(),
                form,
                c.getLegalName(),
                c.getPreferredName(),
                c.getPronouns(),
                c.getStatus(),
                c.getDischargeDate(),
                c.getDischargeReason(),
                c.getPrimaryTherapistId(),
                therapistName,
                concernList,
                portal.of(c),
                appointments.nextStartFor(c.getId()).orElse(null),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion());
    }

    private Set<Concern> resolveConcerns(Set<UUID> ids, Set<Concern> current) {
        var found = new HashSet<>(concerns.findAllById(ids));
        if (found.size() != ids.size()) {
            throw new InvalidInputException("concernIds", "One of the chosen concerns no longer exists.");
        }
        var currentIds = current.stream().map(Concern::getId).collect(Collectors.toSet());
        // A retired concern stays on records that have it, but can't be newly added.
        if (found.stream().anyMatch(c -> c.isRetired() && !currentIds.contains(c.getId()))) {
            throw new InvalidInputException("concernIds", "One of the chosen concerns is no longer in use.");
        }
        return found;
    }

    private void checkDuplicateEmail(@Nullable String email, @Nullable UUID self, boolean allowed) {
        if (allowed || email == null || email.isBlank()) {
            return;
        }
        List<Client> same = clients.findByEmailIgnoringCase(email.strip(), self);
        if (same.isEmpty()) {
            return;
        }
        var user = currentUser.require();
        String visibleName = same.stream()
                .filter(c -> access.isAdmin() || c.getPrimaryTherapistId().equals(user.id()))
                .map(Client::displayName)
                .findFirst()
                .orElse(null);
        throw new DuplicateEmailWarning(visibleName);
    }

    private static void requireOpenStatus(ClientForm form) {
        if (form.status() == ClientStatus.DISCHARGED) {
            throw new InvalidInputException(
                    "status", "To discharge a client, use Discharge, which asks for a date and a reason.");
        }
    }

    private static void requireVersion(Client client, long version) {
        if (client.getVersion() != version) {
            throw new ConcurrentEditException();
        }
    }
}
