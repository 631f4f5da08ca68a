package app.attune.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An instance that is going away refuses new work in a way a load balancer and a program can act on. */
class ShutdownDrainTest {

    @Test
    void a_running_instance_serves_every_request() throws Exception {
        var drain = new ShutdownDrain(Duration.ZERO);
        drain.start();
        var served = new AtomicBoolean();
        var response = new MockHttpServletResponse();

        new DrainingFilter(drain)
                .doFilter(
                        new MockHttpServletRequest("GET", "/api/public/therapists"),
                        response,
                        (req, res) -> served.set(true));

        assertThat(served).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void after_the_drain_a_request_is_refused_with_503_retry_after_and_a_problem_before_it_is_started()
            throws Exception {
        var drain = new ShutdownDrain(Duration.ZERO);
        drain.start();
        drain.stop();
        var served = new AtomicBoolean();
        var response = new MockHttpServletResponse();

        new DrainingFilter(drain)
                .doFilter(
                        new MockHttpServletRequest("POST", "/api/public/consultations"),
                        response,
                        (req, res) -> served.set(true));

        assertThat(served).as("the application never saw the request").isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503")
                .contains("Please try again in a few seconds.");
        assertThat(drain.isRunning()).isFalse();
    }

    @Test
    void the_drain_stops_before_every_other_part_of_the_application() {
        assertThat(new ShutdownDrain(Duration.ZERO).getPhase()).isEqualTo(Integer.MAX_VALUE);
    }
}
