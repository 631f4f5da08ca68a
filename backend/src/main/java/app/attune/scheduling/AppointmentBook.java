package app.attune.scheduling;

import app.attune.client.UpcomingAppointments;
import app.attune.scheduling.availability.BookedTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointments table, as a building block for the features that book time (consultations, sessions). These
 * methods check no permissions: each runs inside the transaction of a feature service that already has.
 */
@Service
public class AppointmentBook implements UpcomingAppointments, BookedTime {

    private final AppointmentRepository appointments;
    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentBook(AppointmentRepository appointments, JdbcClient jdbc, Clock clock) {
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Serialises bookings for one therapist until the transaction ends, so the rules that span several appointments
     * (buffers, a daily maximum) hold under concurrent bookings. The exclusion constraint still guards overlaps.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockTherapist(UUID therapistId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:therapist as text), 0))")
                .param("therapist", therapistId.toString())
                .query()
                .singleRow();
    }

    /** The therapists' active appointments that overlap [from, to), earliest first. */
    @Transactional(readOnly = true)
    public List<Busy> busy(Collection<UUID> therapists, Instant from, Instant to) {
        if (therapists.isEmpty()) {
            return List.of();
        }
        return appointments.findActive(therapists, from, to).stream()
                .map(a -> new Busy(
                        a.getId(),
                        a.getTherapistId(),
                        a.getKind(),
                        a.range().start(),
                        a.range().end()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int activeCount(UUID therapistId, Instant from, Instant to) {
        return appointments.findActive(List.of(therapistId), from, to).size();
    }

    /**
     * Books the time. {@link SlotTakenException} when it overlaps another active appointment of the therapist; the
     * database's exclusion constraint decides, so two bookings at once can't both succeed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID reserve(UUID therapistId, AppointmentKind kind, Instant start, Instant end, @Nullable UUID clientId) {
        var appointment = new Appointment(therapistId, kind, start, end, clientId, clock.instant());
        try {
            appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            throw translate(e);
        }
        return appointment.getId();
    }

    /** Moves an appointment; {@link SlotTakenException} if the new time is taken, and then nothing changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(UUID appointmentId, Instant start, Instant end) {
        var appointment = appointments.findById(appointmentId).orElseThrow();
        appointment.moveTo(start, end, clock.instant());
        try {
            appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            throw translate(e);
        }
    }

    /** Changes an appointment's status; a reason goes with a cancellation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeStatus(UUID appointmentId, AppointmentStatus status, @Nullable String reason) {
        appointments.findById(appointmentId).orElseThrow().changeStatus(status, reason, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> nextStartFor(UUID clientId) {
        return appointments.findNextStart(clientId, clock.instant());
    }

    /** Records which client an appointment is with, e.g. once a consultation's booker becomes a client. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void linkClient(UUID appointmentId, UUID clientId) {
        appointments.findById(appointmentId).orElseThrow().linkClient(clientId, clock.instant());
    }

    private static RuntimeException translate(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("appointment_no_double_booking") ? new SlotTakenException() : e;
    }
}
