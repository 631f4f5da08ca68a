package app.attune.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a PostgreSQL server for the demo and the tests: a container when Docker is available,
 * otherwise the server on this machine (libpq's PGHOST, PGPORT, PGUSER and PGPASSWORD, defaulting
 * to 127.0.0.1:5432 and user postgres). Production never uses this: it is given a database. This class, and the
 * Testcontainers and docker-java it needs, live in test-support so that they never reach the production jar.
 */
public final class PostgresServer {

    /** The PostgreSQL image used when Docker is available; the same major version as docker-compose. */
    public static final String IMAGE = "postgres:17-alpine";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** Where to connect: a JDBC URL with its credentials, in the form Spring Boot's data source takes. */
    public record Database(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return jdbcUrl;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getPassword() {
            return password;
        }
    }

    private final String host;
    private final String port;
    private final String user;
    private final String password;

    private PostgresServer(Map<String, String> env) {
        this.host = env.getOrDefault("PGHOST", "127.0.0.1");
        this.port = env.getOrDefault("PGPORT", "5432");
        this.user = env.getOrDefault("PGUSER", "postgres");
        this.password = env.getOrDefault("PGPASSWORD", "");
    }

    /** The local server as the environment describes it. */
    public static PostgresServer local() {
        return new PostgresServer(System.getenv());
    }

    /** Whether a Docker engine answers; false quickly when there is none. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts a throwaway PostgreSQL container; the caller stops it. */
    public static PostgreSQLContainer startContainer() {
        var container = new PostgreSQLContainer(IMAGE);
        container.start();
        return container;
    }

    /** Creates the database on the local server unless it exists, and says where it is. */
    public Database createIfMissing(String name) {
        requireSafe(name);
        try (Connection c = connect("postgres");
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            boolean found;
            try (var rs = exists.executeQuery()) {
                found = rs.next();
            }
            if (!found) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + name);
                }
                log.info("Created database {} on {}:{}", name, host, port);
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
        return database(name);
    }

    /** Drops the database, closing any connection still open to it. */
    public void drop(String name) {
        requireSafe(name);
        try (Connection c = connect("postgres");
                var drop = c.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            log.warn("Could not drop database {}: {}", name, e.getMessage());
        }
    }

    /**
     * Runs an SQL file with psql as this server's user, with psql variables ({@code -v name=value}), as a
     * container's init script would; fails with psql's output when the script does.
     */
    public void psql(String database, Path script, Map<String, String> variables) {
        var command = new ArrayList<>(List.of(
                "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user, "-d", database));
        variables.forEach((name, value) -> command.addAll(List.of("-v", name + "=" + value)));
        command.addAll(List.of("-f", script.toString()));
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password);
            var process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql -f " + script + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement on a database of this server as its user, e.g. to drop a role a test made. */
    public void execute(String database, String sql) {
        try (Connection c = connect(database);
                var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Where a database of this server is. */
    public Database database(String name) {
        return new Database("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private Connection connect(String database) throws SQLException {
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
    }

    private IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException(
                "No PostgreSQL found: Docker is not running and " + host + ":" + port
                        + " did not answer (" + e.getMessage() + "). Start Docker, or install and start PostgreSQL"
                        + " (e.g. apt-get install postgresql), or set PGHOST/PGPORT/PGUSER/PGPASSWORD.",
                e);
    }

    private static void requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
    }
}
