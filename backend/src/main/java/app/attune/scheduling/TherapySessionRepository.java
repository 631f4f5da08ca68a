package app.attune.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TherapySessionRepository extends JpaRepository<TherapySession, UUID> {

    @Query("select s from TherapySession s where s.seriesId = :seriesId and s.seriesIndex >= :fromIndex"
            + " order by s.seriesIndex")
    List<TherapySession> findSeriesFrom(UUID seriesId, int fromIndex);

    @Query("select count(s) from TherapySession s where s.seriesId = :seriesId")
    int countSeries(UUID seriesId);

    List<TherapySession> findByAppointmentIdIn(Collection<UUID> ids);
}
