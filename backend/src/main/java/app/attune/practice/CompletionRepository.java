package app.attune.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompletionRepository extends JpaRepository<Completion, UUID> {

    @Query("select c from Completion c where c.assignment.clientId = :clientId order by c.doneAt desc")
    List<Completion> findForClient(UUID clientId);

    @Query("select c from Completion c where c.assignmentId in :ids and c.doneAt >= :from and c.doneAt < :to")
    List<Completion> findForAssignmentsBetween(Collection<UUID> ids, Instant from, Instant to);
}
