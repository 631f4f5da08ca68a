package app.attune.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query(value = """
            select e.occurred_at as occurredAt, u.display_name as actorName, e.actor_role as actorRole,
                   e.action as action, e.record_type as recordType, e.detail as detail
            from audit_event e left join account_names u on u.id = e.actor_id
            where e.client_id = :clientId
            order by e.occurred_at desc, e.id desc""", countQuery = "select count(*) from audit_event where client_id = :clientId", nativeQuery = true)
    Page<AuditRowView> findForClient(UUID clientId, Pageable pageable);

    interface AuditRowView {
        java.time.Instant getOccurredAt();

        @Nullable
        String getActorName();

        String getActorRole();

        String getAction();

        @Nullable
        String getRecordType();

        @Nullable
        String getDetail();
    }
}
