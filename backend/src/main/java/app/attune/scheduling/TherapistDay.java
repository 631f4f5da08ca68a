package app.attune.scheduling;

import app.attune.base.ClinicService;
import app.attune.client.ClientDirectory;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in therapist's day, in the clinic's time zone. */
@Service
public class TherapistDay {

    private final AppointmentRepository appointments;
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final ClientDirectory clients;
    private final Clock clock;

    TherapistDay(
            AppointmentRepository appointments,
            CurrentUser currentUser,
            ClinicService clinics,
            ClientDirectory clients,
            Clock clock) {
        this.appointments = appointments;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.clock = clock;
    }

    /** Today's appointments of the signed-in therapist, cancelled ones left out, in order, with client names. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<DayEntry> today() {
        var zone = clinics.clinic().zone();
        var today = LocalDate.now(clock.withZone(zone));
        var found = appointments.findActive(
                List.of(currentUser.require().id()),
                today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        var names = clients.visibleAmong(found.stream()
                .map(Appointment::getClientId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(a -> {
                    var client = a.getClientId() == null ? null : names.get(a.getClientId());
                    return new DayEntry(
                            a.getId(),
                            a.getKind(),
                            a.getStatus(),
                            a.range().start(),
                            a.range().end(),
                            a.getClientId(),
                            client == null ? null : client.displayName());
                })
                .toList();
    }
}
