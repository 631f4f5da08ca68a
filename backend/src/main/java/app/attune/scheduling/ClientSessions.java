package app.attune.scheduling;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.client.ClientDirectory;
import app.attune.people.TherapistDirectory;
import app.attune.security.Access;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's own upcoming sessions in the portal, and a calendar file for each. */
@Service
public class ClientSessions {

    static final int MAX_LISTED = 100;

    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;
    private final ClientDirectory clients;
    private final TherapistDirectory therapists;
    private final CalendarFiles calendars;
    private final ClinicService clinics;
    private final AuditLog audit;
    private final Clock clock;

    ClientSessions(
            AppointmentRepository appointments,
            TherapySessionRepository sessions,
            ClientDirectory clients,
            TherapistDirectory therapists,
            CalendarFiles calendars,
            ClinicService clinics,
            AuditLog audit,
            Clock clock) {
        this.appointments = appointments;
        this.sessions = sessions;
        this.clients = clients;
        this.therapists = therapists;
        this.calendars = calendars;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in client's booked sessions that haven't ended, soonest first. A fixed number of queries. */
    @PreAuthorize(Access.CLIENT)
    @Transactional(readOnly = true)
    public List<MySession> upcoming() {
        var me = clients.me();
        var found = appointments.findUpcomingSessions(me.id(), clock.instant(), PageRequest.of(0, MAX_LISTED));
        var details = sessions
                .findByAppointmentIdIn(found.stream().map(Appointment::getId).toList())
                .stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, Function.identity()));
        var names =
                therapists.names(found.stream().map(Appointment::getTherapistId).collect(Collectors.toSet()));
        return found.stream()
                .map(a -> {
                    var s = Objects.requireNonNull(details.get(a.getId()), "every session has its details");
                    return new MySession(
                            a.getId(),
                            a.range().start(),
                            a.range().end(),
                            names.get(a.getTherapistId()),
                            s.getMode(),
                            s.getVideoLink(),
                            s.getLocation());
                })
                .toList();
    }

    /**
     * An iCalendar file for one of the signed-in client's own sessions: the time, the counsellor and the place,
     * nothing clinical. Asking for anyone else's session is refused and audited.
     */
    @PreAuthorize(Access.CLIENT)
    @Transactional(readOnly = true)
    public byte[] calendarFile(UUID appointmentId) {
        var me = clients.me();
        Optional<Appointment> found = appointmentId == null
                ? Optional.empty()
                : appointments
                        .findById(appointmentId)
                        .filter(a -> a.getKind() == AppointmentKind.SESSION
                                && me.id().equals(a.getClientId()));
        if (found.isEmpty()) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, me.id(), AuditRecordType.SESSION, appointmentId);
            throw new AccessDeniedException("This is not one of your sessions");
        }
        var appointment = found.get();
        var session = sessions.findById(appointmentId).orElseThrow();
        String therapist =
                therapists.names(Set.of(appointment.getTherapistId())).get(appointment.getTherapistId());
        String clinic = clinics.clinic().name();
        String where = session.getMode() == SessionMode.VIDEO ? session.getVideoLink() : session.getLocation();
        return calendars.event(new CalendarFiles.Event(
                appointmentId + "@attune",
                (int) appointment.getVersion(),
                appointment.range().start(),
                appointment.range().end(),
                "Session with " + therapist + " (" + clinic + ")",
                where,
                session.getMode() == SessionMode.VIDEO ? "Video session: " + session.getVideoLink() : null));
    }
}
