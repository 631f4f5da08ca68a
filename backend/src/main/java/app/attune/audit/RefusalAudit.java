package app.attune.audit;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.stereotype.Component;

/**
 * A service method refused by its role rule ({@code @PreAuthorize}) goes into the audit log as
 * {@code ACCESS_DENIED}, with the method's name ({@code Class.method}) and who asked; never its arguments, which
 * may hold clinical content. A service that handles its own refusals ({@code @HandleAuthorizationDenied}) audits
 * them itself, with the client they concern, so it is left out here to keep one row per refusal. Refused requests
 * and screens are recorded by the web layer.
 */
@Component
class RefusalAudit {

    private final AuditLog log;

    RefusalAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        MethodInvocation call = switch (event.getObject()) {
            case MethodInvocation invocation -> invocation;
            case MethodInvocationResult result -> result.getMethodInvocation();
            default -> null;
        };
        if (call == null) {
            return;
        }
        Method method = call.getMethod();
        Class<?> type = call.getThis() == null ? method.getDeclaringClass() : AopUtils.getTargetClass(call.getThis());
        if (AnnotatedElementUtils.hasAnnotation(method, HandleAuthorizationDenied.class)
                || AnnotatedElementUtils.hasAnnotation(type, HandleAuthorizationDenied.class)) {
            return;
        }
        log.recordRefusal(AuditRecordType.SERVICE, type.getSimpleName() + "." + method.getName());
    }
}
