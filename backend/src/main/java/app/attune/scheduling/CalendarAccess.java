package app.attune.scheduling;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.people.TherapistDirectory;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Whose calendar the signed-in person may see: a therapist their own, an admin everyone's. Refusals are audited. */
@Component
class CalendarAccess {

    private final AppointmentRepository appointments;
    private final CurrentUser currentUser;
    private final TherapistDirectory therapists;
    private final AuditLog audit;

    CalendarAccess(
            AppointmentRepository appointments,
            CurrentUser currentUser,
            TherapistDirectory therapists,
            AuditLog audit) {
        this.appointments = appointments;
        this.currentUser = currentUser;
        this.therapists = therapists;
        this.audit = audit;
    }

    /** A session on a calendar the caller may see; another therapist's looks exactly like a missing one. */
    Appointment requireSession(@Nullable UUID appointmentId) {
        Optional<Appointment> found = appointmentId == null ? Optional.empty() : appointments.findById(appointmentId);
        var user = currentUser.require();
        var allowed = found.filter(appointment -> appointment.getKind() == AppointmentKind.SESSION
                && (user.role() == Role.ADMIN
                        || user.role() == Role.THERAPIST
                                && appointment.getTherapistId().equals(user.id())));
        if (allowed.isEmpty()) {
            audit.recordAccess(
                    AuditAction.ACCESS_DENIED,
                    found.map(Appointment::getClientId).orElse(null),
                    AuditRecordType.SESSION,
                    appointmentId);
            throw new AccessDeniedException("This session is not on your calendar");
        }
        return allowed.get();
    }

    /** The therapist whose calendar is asked for, if the caller may see it. */
    UUID requireCalendar(@Nullable UUID therapistId) {
        var user = currentUser.require();
        boolean allowed = therapistId != null
                && (user.role() == Role.ADMIN
                        ? therapists.isTherapist(therapistId)
                        : user.role() == Role.THERAPIST && user.id().equals(therapistId));
        if (therapistId == null || !allowed) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, null, AuditRecordType.CALENDAR, therapistId);
            throw new AccessDeniedException("This is another therapist's calendar");
        }
        return therapistId;
    }
}
