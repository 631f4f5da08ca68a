package app.attune.audit.ui;

import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Refused screens and requests go into the audit log as {@code ACCESS_DENIED}, with who asked and the path (never a
 * query string). Service methods are audited by the backend; see decision 015 for what is left out and why.
 *
 * <ul>
 * <li>A screen: Vaadin's navigation access control decides through {@link AuditedDecisions}, which records a refusal
 * of a real navigation. The same control also answers which menu entries to show; those answers are not
 * navigations and are not recorded.</li>
 * <li>A request refused by the web rules: recorded when someone signed in was refused, or when a visitor asked for
 * one of the signed-in screens by its address (and is sent to sign in). A visitor's refused request for anything
 * else (a guessed file, a scanner's probe) is left out: it reveals nothing and would bury the log in bots.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    private final AuditLog audit;
    private final RequestUtil requests;

    RefusalAuditing(AuditLog audit, RequestUtil requests) {
        this.audit = audit;
        this.requests = requests;
    }

    /** Vaadin builds its navigation access control from this configurer; ours decides as the default, and audits. */
    @Bean
    static BeanPostProcessor auditedNavigationDecisions(ObjectProvider<AuditLog> audit) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof NavigationAccessControlConfigurer configurer) {
                    configurer.withDecisionResolver(new AuditedDecisions(audit));
                }
                return bean;
            }
        };
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        Authentication who = event.getAuthentication().get();
        boolean visitor = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
        if (requests.isSecuredFlowRoute(request)) {
            audit.recordRefusal(AuditRecordType.ROUTE, path(request));
        } else if (!visitor) {
            audit.recordRefusal(AuditRecordType.REQUEST, request.getMethod() + " " + path(request));
        }
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
    }

    /** The default decision, with a refused navigation recorded. */
    static final class AuditedDecisions implements AccessCheckDecisionResolver {

        private final AccessCheckDecisionResolver decisions = new DefaultAccessCheckDecisionResolver();
        private final transient ObjectProvider<AuditLog> audit;

        AuditedDecisions(ObjectProvider<AuditLog> audit) {
            this.audit = audit;
        }

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            var result = decisions.resolve(results, context);
            if (result.decision() != AccessCheckDecision.ALLOW
                    && context.isNavigating()
                    && !context.isErrorHandling()) {
                audit.getObject()
                        .recordRefusal(
                                AuditRecordType.ROUTE,
                                "/" + context.getLocation().getPath());
            }
            return result;
        }
    }
}
