package app.attune.consultation;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.InvalidInputException;
import app.attune.base.TextRules;
import app.attune.client.ClientForm;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.AppointmentBook;
import app.attune.scheduling.AppointmentStatus;
import app.attune.security.Access;
import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's consultations: the list, marking them completed or missed, and turning a booker into a client. */
@Service
public class ConsultationService {

    private final JdbcClient jdbc;
    private final ConsultationAppointments view;
    private final AppointmentBook appointments;
    private final ClientService clients;
    private final TherapistDirectory therapists;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationService(
            JdbcClient jdbc,
            ConsultationAppointments view,
            AppointmentBook appointments,
            ClientService clients,
            TherapistDirectory therapists,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.view = view;
        this.appointments = appointments;
        this.clients = clients;
        this.therapists = therapists;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of consultations, upcoming (soonest first) or past (latest first): a therapist's own, or for an admin
     * everyone's, without the visitors' messages.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ConsultationRow> list(boolean upcoming, Pageable page) {
        AttuneUser user = currentUser.require();
        boolean admin = user.role() == Role.ADMIN;
        var rows = jdbc.sql("""
                select a.id, c.reference, c.name, c.email, c.phone, c.message, a.starts_at, a.ends_at, a.status,
                       a.therapist_id, a.client_id
                from consultation c join appointment_times a on a.id = c.appointment_id
                where (cast(:therapist as uuid) is null or a.therapist_id = :therapist)
                  and (case when :upcoming then a.ends_at > :now else a.ends_at <= :now end)
                order by case when :upcoming then a.starts_at end asc, case when not :upcoming then a.starts_at end desc
                limit :limit offset :offset""")
                .param("therapist", admin ? null : user.id())
                .param("upcoming", upcoming)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new ConsultationRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        admin ? null : rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(),
                        AppointmentStatus.valueOf(rs.getString(9)),
                        rs.getObject(10, UUID.class),
                        null,
                        rs.getObject(11, UUID.class)))
                .list();
        var names =
                therapists.names(rows.stream().map(ConsultationRow::therapistId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new ConsultationRow(
                        r.appointmentId(),
                        r.reference(),
                        r.name(),
                        r.email(),
                        r.phone(),
                        r.message(),
                        r.start(),
                        r.end(),
                        r.status(),
                        r.therapistId(),
                        names.get(r.therapistId()),
                        r.clientId()))
                .toList();
    }

    /** Marks a consultation that has started as completed or as a no-show. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void markOutcome(UUID appointmentId, AppointmentStatus outcome) {
        var row = require(appointmentId);
        if (outcome != AppointmentStatus.COMPLETED && outcome != AppointmentStatus.NO_SHOW) {
            throw new InvalidInputException("status", "A consultation can be marked completed or missed.");
        }
        if (row.status() == AppointmentStatus.CANCELLED || clock.instant().isBefore(row.start())) {
            throw new InvalidInputException("status", "Only a consultation that has started can be marked.");
        }
        appointments.changeStatus(appointmentId, outcome, null);
        audit.record(AuditAction.UPDATE, row.clientId(), AuditRecordType.CONSULTATION, appointmentId, outcome.name());
    }

    /** Cancels a consultation on the therapist's side; the visitor is told by email. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void cancel(UUID appointmentId, String reason) {
        TextRules.requireMultilineText("reason", reason);
        var row = require(appointmentId);
        if (row.status() != AppointmentStatus.BOOKED) {
            throw new InvalidInputException("status", "This consultation isn't booked any more.");
        }
        appointments.changeStatus(
                appointmentId,
                AppointmentStatus.CANCELLED,
                reason == null || reason.isBlank() ? "Cancelled by the clinic" : reason.strip());
        audit.record(
                AuditAction.UPDATE,
                row.clientId(),
                AuditRecordType.CONSULTATION,
                appointmentId,
                "cancelled by the clinic");
    }

    /**
     * Creates a client record from the person who booked, as a prospect or an active client of the consultation's
     * therapist, and links the consultation to it. Converting twice returns the same client.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public UUID convertToClient(UUID appointmentId, ClientStatus status, boolean allowDuplicateEmail) {
        var row = require(appointmentId);
        if (row.clientId() != null) {
            return row.clientId();
        }
        if (status != ClientStatus.PROSPECT && status != ClientStatus.ACTIVE) {
            throw new InvalidInputException("status", "A new client starts as a prospect or active.");
        }
        var c = row.consultation();
        var form = new ClientForm(
                c.getName(),
                null,
                null,
                null,
                c.getEmail(),
                c.getPhone(),
                null,
                null,
                null,
                null,
                null,
                status,
                Set.of(),
                null,
                true);
        UUID clientId = clients.create(form, row.therapistId(), allowDuplicateEmail);
        appointments.linkClient(appointmentId, clientId);
        audit.record(
                AuditAction.UPDATE, clientId, AuditRecordType.CONSULTATION, appointmentId, "converted to a client");
        return clientId;
    }

    private ConsultationAppointments.Row require(UUID appointmentId) {
        var user = currentUser.require();
        Optional<ConsultationAppointments.Row> found =
                appointmentId == null ? Optional.empty() : view.byAppointment(appointmentId);
        var row = found.filter(r -> user.role() == Role.ADMIN || r.therapistId().equals(user.id()));
        if (row.isEmpty()) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, null, AuditRecordType.CONSULTATION, appointmentId);
            throw new AccessDeniedException("This consultation isn't yours");
        }
        return row.get();
    }
}
