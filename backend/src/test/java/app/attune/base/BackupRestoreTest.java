package app.attune.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.attune.test.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The documented backup and restore scripts, run for real: the demo clinic's database is dumped, restored into a
 * fresh database, and every table must come back with every row.
 */
@IntegrationTest
@ActiveProfiles("demo")
class BackupRestoreTest {

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void a_backup_restored_into_a_fresh_database_holds_every_row_of_every_table() throws Exception {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/pg_dump")) || onPath("pg_dump"),
                "pg_dump is not installed on this machine");
        var url = database.getJdbcUrl();
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)")
                .matcher(url);
        assertThat(m.find()).as("a PostgreSQL URL: %s", url).isTrue();
        String host = m.group(1);
        String port = m.group(2);
        String name = m.group(3);
        String restored = name + "_restored";
        Path dump = Files.createTempFile("attune-backup", ".dump");
        var env = Map.of(
                "PGHOST",
                host,
                "PGPORT",
                port,
                "PGUSER",
                database.getUsername(),
                "PGPASSWORD",
                database.getPassword() == null ? "" : database.getPassword());
        try {
            run(env, "../scripts/backup.sh", name, dump.toString());
            run(env, "../scripts/restore.sh", dump.toString(), restored);

            var before = counts(url);
            var after = counts(url.replace("/" + name, "/" + restored));
            // The demo clinic has rows to lose: sessions and their appointments, the theme taxonomy.
            assertThat(before).hasSizeGreaterThan(20);
            assertThat(before.get("appointment")).isPositive();
            assertThat(before.get("theme")).isPositive();
            assertThat(before.get("therapy_session")).isPositive();
            assertThat(after).isEqualTo(before);
        } finally {
            Files.deleteIfExists(dump);
            try (var c = DriverManager.getConnection(url, database.getUsername(), database.getPassword());
                    var s = c.createStatement()) {
                s.execute("drop database if exists " + restored + " with (force)");
            }
        }
    }

    private Map<String, Long> counts(String url) throws Exception {
        var result = new LinkedHashMap<String, Long>();
        try (var c = DriverManager.getConnection(url, database.getUsername(), database.getPassword());
                var s = c.createStatement()) {
            var tables = new java.util.ArrayList<String>();
            try (var rs = s.executeQuery("select table_name from information_schema.tables where table_schema ="
                    + " 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (var rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    result.put(t, rs.getLong(1));
                }
            }
        }
        return result;
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s said: %s", command[0], output).isZero();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
