package app.attune.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.test.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseStartupCheckTest {

    private final DatabaseStartupCheck check = new DatabaseStartupCheck();

    @Test
    void production_without_a_database_refuses_to_start_and_names_what_to_set() {
        assertThatThrownBy(() -> check.check(new MockEnvironment()))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_DATASOURCE_USERNAME")
                .hasMessageNotContaining("\n");
    }

    @Test
    void an_unreachable_database_is_reported_in_one_line() {
        var env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/attune");
        assertThatThrownBy(() -> check.check(env))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/attune did not answer")
                .hasMessageNotContaining("\n");
    }

    @Test
    void the_demo_profile_alone_does_not_make_up_a_database_either() {
        // The jar holds no code that provisions one (that is TestAttuneApplication's, in the test sources).
        var env = new MockEnvironment();
        env.setActiveProfiles("demo");
        assertThatThrownBy(() -> check.check(env))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("spring-boot:test-run");
    }

    @Test
    void a_reachable_database_lets_it_start() {
        var db = PostgresServer.local().database("postgres");
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", db.jdbcUrl())
                .withProperty("spring.datasource.username", db.username())
                .withProperty("spring.datasource.password", db.password());
        assertThatCode(() -> check.check(env)).doesNotThrowAnyException();
    }
}
