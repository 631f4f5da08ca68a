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

    /**
     * A client's completions since {@code since}, and in any case their {@code newest} most recent ones, newest first:
     * what "My practices" shows and counts, without loading years of history.
     */
    @Query("select c from Completion c where c.assignment.clientId = :clientId and (c.doneAt >= :since or c.id in"
            + " (select n.id from Completion n where n.assignment.clientId = :clientId order by n.doneAt desc"
            + " limit :newest)) order by c.doneAt desc")
    List<Completion> findRecentForClient(UUID clientId, Instant since, int newest);

    @Query("select c from Completion c where c.assignmentId in :ids and c.doneAt >= :from and c.doneAt < :to")
    List<Completion> findForAssignmentsBetween(Collection<UUID> ids, Instant from, Instant to);
}
