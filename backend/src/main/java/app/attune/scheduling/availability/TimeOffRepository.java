package app.attune.scheduling.availability;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeOffRepository extends JpaRepository<TimeOff, UUID> {

    @Query("select t from TimeOff t where t.therapistId in :therapists and t.lastDay >= :from and t.firstDay <= :to"
            + " order by t.firstDay")
    List<TimeOff> findFor(Collection<UUID> therapists, LocalDate from, LocalDate to);

    @Query("select t from TimeOff t where t.therapistId = :therapist and t.lastDay >= :from order by t.firstDay")
    List<TimeOff> findFrom(UUID therapist, LocalDate from);
}
