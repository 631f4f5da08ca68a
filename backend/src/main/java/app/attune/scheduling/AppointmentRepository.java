package app.attune.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    @Query("select a from Appointment a where a.therapistId in :therapists and a.status <> 'CANCELLED'"
            + " and a.startsAt < :to and a.endsAt > :from order by a.startsAt")
    List<Appointment> findActive(Collection<UUID> therapists, Instant from, Instant to);

    @Query("select min(a.startsAt) from Appointment a where a.clientId = :clientId and a.status = 'BOOKED'"
            + " and a.startsAt > :now")
    Optional<Instant> findNextStart(UUID clientId, Instant now);

    @Query(
            value = "select a from Appointment a where a.clientId = :clientId order by a.startsAt desc",
            countQuery = "select count(a) from Appointment a where a.clientId = :clientId")
    Page<Appointment> findForClient(UUID clientId, Pageable pageable);

    @Query("select a from Appointment a where a.clientId = :clientId and a.kind = 'SESSION' and a.status = 'BOOKED'"
            + " and a.endsAt > :now order by a.startsAt")
    List<Appointment> findUpcomingSessions(UUID clientId, Instant now, Pageable pageable);
}
