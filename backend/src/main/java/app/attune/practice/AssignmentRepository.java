package app.attune.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    @Query("select a from Assignment a join fetch a.practice where a.clientId = :clientId"
            + " order by a.status, a.createdAt desc")
    List<Assignment> findForClient(UUID clientId);

    @Query("select a from Assignment a join fetch a.practice where a.clientId = :clientId"
            + " and a.status <> app.attune.practice.AssignmentStatus.ENDED order by a.createdAt")
    List<Assignment> findOpenForClient(UUID clientId);

    @Query("select a from Assignment a where a.therapistId = :therapistId"
            + " and a.status = app.attune.practice.AssignmentStatus.ACTIVE and a.startsOn <= :before")
    List<Assignment> findActiveOfTherapistStartedBy(UUID therapistId, LocalDate before);

    @Query("select count(a) from Assignment a where a.clientId = :clientId and a.seenAt is null"
            + " and a.status <> app.attune.practice.AssignmentStatus.ENDED")
    long countUnseen(UUID clientId);

    @Modifying
    @Query("update Assignment a set a.seenAt = :now where a.clientId = :clientId and a.seenAt is null")
    int markSeen(UUID clientId, Instant now);
}
