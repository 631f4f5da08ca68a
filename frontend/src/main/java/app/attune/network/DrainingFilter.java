package app.attune.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once {@link ShutdownDrain} has waited out the load balancer, a request that still reaches this instance is refused
 * with 503, {@code Retry-After} and a problem+json body, before anything reads or changes data: it was never started,
 * so HAProxy (or the caller) may safely send it again to another instance.
 *
 * @see "docs/decisions/019-one-database-many-instances.md"
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DrainingFilter extends OncePerRequestFilter {

    /** Seconds: time enough for another instance to be the one that answers. */
    static final String RETRY_AFTER = "5";

    private static final String BODY = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"This server is restarting. Please try again in a few seconds."}""";

    private final ShutdownDrain drain;

    DrainingFilter(ShutdownDrain drain) {
        this.drain = drain;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!drain.refusing()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(BODY);
    }
}
