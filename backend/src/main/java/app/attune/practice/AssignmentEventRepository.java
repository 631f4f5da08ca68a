package app.attune.practice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentEventRepository extends JpaRepository<AssignmentEvent, Long> {

    @Query("select e from AssignmentEvent e where e.assignmentId in :ids order by e.occurredAt, e.id")
    List<AssignmentEvent> findForAssignments(Collection<UUID> ids);
}
