package app.attune.scheduling;

import app.attune.base.ClinicService;
import app.attune.client.CaseloadClient;
import app.attune.client.ClientDirectory;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import app.attune.security.Access;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's calendar: appointments over some days, with the weekly windows and days off behind them. */
@Service
public class TherapistCalendar {

    static final int MAX_DAYS = 7;

    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;
    private final AvailabilityService availability;
    private final ClientDirectory clients;
    private final CalendarAccess access;
    private final ClinicService clinics;

    TherapistCalendar(
            AppointmentRepository appointments,
            TherapySessionRepository sessions,
            AvailabilityService availability,
            ClientDirectory clients,
            CalendarAccess access,
            ClinicService clinics) {
        this.appointments = appointments;
        this.sessions = sessions;
        this.availability = availability;
        this.clients = clients;
        this.access = access;
        this.clinics = clinics;
    }

    /** One appointment on a calendar the caller may see; another therapist's is refused, and the try audited. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public CalendarEntry entry(@Nullable UUID appointmentId) {
        Optional<Appointment> found = appointmentId == null ? Optional.empty() : appointments.findById(appointmentId);
        var a = found.orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("No such appointment"));
        access.requireCalendar(a.getTherapistId());
        var s = sessions.findById(a.getId()).orElse(null);
        return new CalendarEntry(
                a.getId(),
                a.getKind(),
                a.getStatus(),
                a.range().start(),
                a.range().end(),
                a.getClientId(),
                null,
                s == null ? null : s.getMode(),
                s != null && s.getSeriesId() != null);
    }

    /**
     * The therapist's days from {@code first}, {@code days} of them (1 to 7), in the clinic's time zone, cancelled
     * appointments left out. A therapist sees their own calendar, an admin anyone's. A fixed number of queries,
     * however full the week.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public CalendarWeek days(UUID therapistId, LocalDate first, int days) {
        access.requireCalendar(therapistId);
        if (first == null || days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A calendar shows 1 to 7 days from a date");
        }
        var zone = clinics.clinic().zone();
        var last = first.plusDays(days - 1L);
        var found = appointments.findActive(
                List.of(therapistId),
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        var details = sessions
                .findByAppointmentIdIn(found.stream().map(Appointment::getId).toList())
                .stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, Function.identity()));
        var names = clients.visibleAmong(found.stream()
                .map(Appointment::getClientId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var entries = found.stream()
                .map(a -> {
                    var s = details.get(a.getId());
                    CaseloadClient c = a.getClientId() == null ? null : names.get(a.getClientId());
                    return new CalendarEntry(
                            a.getId(),
                            a.getKind(),
                            a.getStatus(),
                            a.range().start(),
                            a.range().end(),
                            a.getClientId(),
                            c == null ? null : c.displayName(),
                            s == null ? null : s.getMode(),
                            s != null && s.getSeriesId() != null);
                })
                .toList();
        return new CalendarWeek(
                therapistId,
                first,
                last,
                entries,
                availability.windows(List.of(therapistId), WindowKind.WORKING),
                availability.windows(List.of(therapistId), WindowKind.CONSULTATION),
                availability.daysOff(List.of(therapistId), first, last));
    }
}
