package app.attune.test;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives the tests their own PostgreSQL database; see {@link IntegrationTest}.
 *
 * @see "docs/decisions/002-database-for-demo-and-tests.md"
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final boolean DOCKER = PostgresServer.dockerAvailable();

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerAvailable.class)
    static class InContainer {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer(PostgresServer.IMAGE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDocker.class)
    static class OnLocalServer {

        @Bean
        ThrowawayDatabase throwawayDatabase() {
            return new ThrowawayDatabase();
        }
    }

    /** A database of its own on the local server, created for this test run and dropped at its end. */
    static final class ThrowawayDatabase implements JdbcConnectionDetails, DisposableBean {

        private final PostgresServer server = PostgresServer.local();
        private final String name = "attune_test_" + HexFormat.of().formatHex(randomBytes());
        private final PostgresServer.Database database = server.createIfMissing(name);

        private static byte[] randomBytes() {
            var bytes = new byte[6];
            ThreadLocalRandom.current().nextBytes(bytes);
            return bytes;
        }

        @Override
        public String getJdbcUrl() {
            return database.jdbcUrl();
        }

        @Override
        public String getUsername() {
            return database.username();
        }

        @Override
        public String getPassword() {
            return database.password();
        }

        @Override
        public void destroy() {
            server.drop(name);
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DOCKER;
        }
    }

    static final class NoDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DOCKER;
        }
    }
}
