package app.attune.security.ui;

import app.attune.security.AttuneUser;
import app.attune.security.SessionPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that has been idle too long, has reached its lifetime, or was revoked ("sign out
 * everywhere", a password reset), on its next request, whether or not its page is still open to warn first.
 * <p>
 * Activity is what the person does: a page load, or the page reporting input ({@link IdleWatch}). Vaadin's own
 * traffic doesn't count, or its heartbeat would keep an abandoned screen signed in for ever.
 */
final class SessionPolicyFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "attune.signed-in-at";
    static final String LAST_ACTIVITY = "attune.last-activity";

    private final SessionPolicy policy;
    private final Clock clock;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionPolicyFilter(SessionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof AttuneUser user)) {
            chain.doFilter(request, response);
            return;
        }
        var now = clock.instant();
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (signedInAt == null) {
            signedInAt = now;
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
            session.removeAttribute(SignInDetails.PENDING);
            // Beyond the idle time the container may forget the session itself (a closed tab sends no heartbeat).
            session.setMaxInactiveInterval(
                    (int) policy.idleTimeout(user.role()).plusMinutes(1).toSeconds());
        }
        var lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Instant last ? last : signedInAt;
        var ending = policy.check(user, signedInAt, lastActivity);
        if (ending.isPresent()) {
            logout.logout(request, response, authentication);
            policy.ended(user, ending.get());
            if (isPageLoad(request)) {
                response.sendRedirect(request.getContextPath() + "/login?signed-out="
                        + ending.get().name().toLowerCase(Locale.ROOT));
                return;
            }
        } else if (isPageLoad(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    /** A page the browser opens, as opposed to Vaadin's requests from an open page (events, heartbeats). */
    private static boolean isPageLoad(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
    }
}
