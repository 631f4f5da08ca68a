package app.attune.notes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionNoteRepository extends JpaRepository<SessionNote, UUID> {

    @EntityGraph(attributePaths = "themes")
    @Query("select n from SessionNote n where n.id = :id")
    Optional<SessionNote> findWithThemes(UUID id);

    Optional<SessionNote> findByAppointmentId(UUID appointmentId);

    @Query("select n from SessionNote n where n.therapistId = :therapistId and n.status = 'DRAFT'"
            + " and n.createdAt < :before order by n.createdAt")
    List<SessionNote> findOverdue(UUID therapistId, Instant before);

    @Query("select n from SessionNote n where n.clientId = :clientId order by n.sessionDate desc nulls last")
    List<SessionNote> findByClient(UUID clientId);

    @EntityGraph(attributePaths = "themes")
    @Query("select n from SessionNote n where n.clientId = :clientId and n.status = 'SIGNED'"
            + " order by n.sessionDate, n.signedAt")
    List<SessionNote> findSignedWithThemes(UUID clientId);
}
