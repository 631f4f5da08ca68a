package app.attune.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class StartupProblemFailureAnalyzerTest {

    @Test
    void a_startup_problem_deep_in_a_bean_failure_is_reported_as_its_own_plain_message() {
        var problem = new StartupProblem("No PostgreSQL found: start Docker or PostgreSQL.");
        var failure = new BeanCreationException("demoDatabase", "Failed", problem);

        var analysis = new StartupProblemFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("No PostgreSQL found: start Docker or PostgreSQL.");
    }
}
