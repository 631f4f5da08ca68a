package app.attune.base;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start, in one plain line, when no database is configured or the configured one does not answer.
 * Without it the first sign would be a long stack trace from the connection pool.
 * The demo is no exception: {@code TestAttuneApplication} (frontend's test sources) finds its database and sets
 * the URL before Spring starts, so the production jar never needs code that provisions one.
 *
 * @see "docs/decisions/002-database-for-demo-and-tests.md"
 */
public class DatabaseStartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String NOT_CONFIGURED = "No database is configured: set SPRING_DATASOURCE_URL"
            + " (e.g. jdbc:postgresql://localhost:5432/attune), SPRING_DATASOURCE_USERNAME and"
            + " SPRING_DATASOURCE_PASSWORD; for the demo, run ./mvnw -pl frontend -am spring-boot:test-run"
            + " -Dspring-boot.run.profiles=demo from the source.";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    void check(ConfigurableEnvironment env) {
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            throw new StartupProblem(NOT_CONFIGURED);
        }
        var props = new Properties();
        props.setProperty("user", env.getProperty("spring.datasource.username", ""));
        props.setProperty("password", env.getProperty("spring.datasource.password", ""));
        props.setProperty("connectTimeout", "10");
        try (var ignored = DriverManager.getConnection(url, props)) {
            // it answers
        } catch (SQLException e) {
            throw new StartupProblem(
                    "The database at " + url + " did not answer (" + e.getMessage()
                            + "). Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
                            + " and that PostgreSQL is running.",
                    e);
        }
    }
}
