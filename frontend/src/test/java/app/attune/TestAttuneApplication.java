package app.attune;

import app.attune.test.PostgresServer;
import org.springframework.boot.SpringApplication;

/**
 * The demo: Attune with a database found for it, started with
 * {@code ./mvnw -pl frontend -am spring-boot:test-run -Dspring-boot.run.profiles=demo}. It lives in the test sources
 * because finding a database uses Testcontainers and docker-java, which must never be in the production jar; the
 * jar itself is always given its database.
 *
 * <p>The database is a PostgreSQL container when Docker runs, otherwise {@code attune_demo} on the local server,
 * created if missing and kept between runs. A database given with {@code SPRING_DATASOURCE_URL} is used as it is.
 */
public class TestAttuneApplication {

    static final String DATABASE = "attune_demo";

    public static void main(String[] args) {
        if (System.getenv("SPRING_DATASOURCE_URL") == null && System.getProperty("spring.datasource.url") == null) {
            // System properties, set before Spring starts, so the database check at startup sees them like any other.
            var db = demoDatabase();
            System.setProperty("spring.datasource.url", db.jdbcUrl());
            System.setProperty("spring.datasource.username", db.username());
            System.setProperty("spring.datasource.password", db.password());
        }
        SpringApplication.from(AttuneApplication::main).run(args);
    }

    private static PostgresServer.Database demoDatabase() {
        if (PostgresServer.dockerAvailable()) {
            var container = PostgresServer.startContainer();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new PostgresServer.Database(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            return PostgresServer.local().createIfMissing(DATABASE);
        } catch (IllegalStateException e) {
            // Before Spring starts there is no failure analyzer: say it in one line, as a StartupProblem would be.
            System.err.println(e.getMessage());
            System.exit(1);
            throw e;
        }
    }
}
