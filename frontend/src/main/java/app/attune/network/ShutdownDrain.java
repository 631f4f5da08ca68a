package app.attune.network;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets a load balancer see this instance leave before it stops taking requests (decision 019). When the application
 * starts to close, Spring Boot first turns readiness to refusing traffic, so {@code /actuator/health/readiness}
 * answers 503 and HAProxy takes the instance out after its next failed checks. This lifecycle stops first of all and
 * keeps serving for {@code attune.shutdown.drain-period} (longer than HAProxy's checks take to notice), then tells
 * {@link DrainingFilter} to refuse what still arrives, and only then does the web server's graceful shutdown wait for
 * the requests in flight.
 *
 * @see "docs/decisions/019-one-database-many-instances.md"
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private final Duration period;
    private volatile boolean running;
    private volatile boolean refusing;

    ShutdownDrain(@Value("${attune.shutdown.drain-period:3s}") Duration period) {
        this.period = period;
    }

    @Override
    public void start() {
        refusing = false;
        running = true;
    }

    @Override
    public void stop() {
        try {
            // The one wait on a clock here is the load balancer's: it looks every second (deploy/haproxy/haproxy.cfg).
            Thread.sleep(period);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            refusing = true;
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, while the web server still serves. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Whether a request that arrives now should be refused with 503, because the instance is going away. */
    boolean refusing() {
        return refusing;
    }
}
