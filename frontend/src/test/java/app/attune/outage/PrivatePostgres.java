package app.attune.outage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port, that the test may stop and start:
 * the shared server on 5432 must never be stopped. Uses the binaries of the local installation; as root, runs them as
 * the {@code postgres} user, as PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest installed server's binaries, if any. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether a private server can run here: the binaries, and, as root, {@code runuser} to drop to postgres. */
    static boolean possible() {
        return binaries().isPresent()
                && (!ROOT
                        || Files.isExecutable(Path.of("/usr/sbin/runuser"))
                        || Files.isExecutable(Path.of("/sbin/runuser")));
    }

    /** Creates a cluster, starts it and creates the database {@code attune} in it. */
    static PrivatePostgres start() throws Exception {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL under " + INSTALLATIONS));
        Path dir = Files.createTempDirectory("attune-outage-pg-");
        if (ROOT) {
            var postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var server = new PrivatePostgres(bin, dir, port);
        server.run(
                "initdb",
                "-D",
                dir.resolve("data").toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync");
        server.startAgain();
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
            connection.createStatement().execute("create database attune");
        }
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the stopped server and returns once it accepts connections. */
    void startAgain() throws Exception {
        run(
                "pg_ctl",
                "-D",
                dir.resolve("data").toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    /** Stops the server at once, ending every open connection, and returns once it is down. */
    void stop() throws Exception {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    private void run(String program, String... arguments) throws Exception {
        var command = new ArrayList<String>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(program + " failed: " + output);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test, or never started
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
