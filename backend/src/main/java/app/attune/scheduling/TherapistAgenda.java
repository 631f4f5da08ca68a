package app.attune.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's active appointments with what a calendar subscription shows of each, for the calendar feed. Checks
 * no permissions: the feed's secret token is the credential, and the feed service checks it first.
 */
@Service
public class TherapistAgenda {

    /** One active appointment; {@code clientId} is null for a consultation's booker, {@code mode} for non-sessions. */
    public record Entry(
            UUID appointmentId,
            long version,
            AppointmentKind kind,
            Instant start,
            Instant end,
            @Nullable UUID clientId,
            @Nullable SessionMode mode) {}

    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;

    TherapistAgenda(AppointmentRepository appointments, TherapySessionRepository sessions) {
        this.appointments = appointments;
        this.sessions = sessions;
    }

    /** The therapist's active appointments that overlap [from, to), earliest first. Two queries. */
    @Transactional(readOnly = true)
    public List<Entry> between(UUID therapistId, Instant from, Instant to) {
        var found = appointments.findActive(List.of(therapistId), from, to);
        var modes = sessions
                .findByAppointmentIdIn(found.stream().map(Appointment::getId).toList())
                .stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, TherapySession::getMode));
        return found.stream()
                .map(a -> new Entry(
                        a.getId(),
                        a.getVersion(),
                        a.getKind(),
                        a.range().start(),
                        a.range().end(),
                        a.getClientId(),
                        modes.get(a.getId())))
                .toList();
    }
}
