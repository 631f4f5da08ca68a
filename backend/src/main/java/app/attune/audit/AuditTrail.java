package app.attune.audit;

import app.attune.security.Access;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, for those allowed to see a client's trail. */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final ClientAccessPolicy clientAccess;
    private final AuditLog log;

    AuditTrail(AuditEventRepository events, ClientAccessPolicy clientAccess, AuditLog log) {
        this.events = events;
        this.clientAccess = clientAccess;
        this.log = log;
    }

    /** A client's activity trail, newest first: for their therapist, or an admin. A refusal is itself audited. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Page<AuditRow> forClient(UUID clientId, Pageable pageable) {
        if (!clientAccess.maySee(clientId)) {
            log.recordAccess(AuditAction.ACCESS_DENIED, clientId, AuditRecordType.AUDIT, clientId);
            throw new AccessDeniedException("This client's activity is not yours to see");
        }
        return events.findForClient(clientId, pageable)
                .map(v -> new AuditRow(
                        v.getOccurredAt(),
                        v.getActorName(),
                        v.getActorRole(),
                        v.getAction(),
                        v.getRecordType(),
                        v.getDetail()));
    }
}
