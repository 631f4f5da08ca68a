package app.attune.scheduling.availability;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AvailabilityWindowRepository extends JpaRepository<AvailabilityWindow, UUID> {

    @Query("select w from AvailabilityWindow w where w.therapistId in :therapists and w.kind = :kind"
            + " order by w.therapistId, w.dayOfWeek, w.startTime")
    List<AvailabilityWindow> findFor(Collection<UUID> therapists, WindowKind kind);
}
