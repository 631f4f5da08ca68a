package app.attune.records;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import java.util.Arrays;
import java.util.UUID;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Someone other than an admin reached for record retention: the attempt is audited (with the client's id when the
 * call names one), then refused as any other.
 */
@Component
class RetentionRefusal implements MethodAuthorizationDeniedHandler {

    private final AuditLog audit;

    RetentionRefusal(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        UUID client = Arrays.stream(invocation.getArguments())
                .filter(UUID.class::isInstance)
                .map(UUID.class::cast)
                .findFirst()
                .orElse(null);
        audit.recordAccess(AuditAction.ACCESS_DENIED, client, AuditRecordType.RETENTION, client);
        throw new AuthorizationDeniedException("Record retention is for the clinic's admins", result);
    }
}
