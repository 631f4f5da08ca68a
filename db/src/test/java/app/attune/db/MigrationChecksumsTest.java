package app.attune.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations that have landed never change: clinics' databases already ran them, and Flyway refuses to start when a
 * checksum differs. {@code db/migration-checksums.txt} holds the SHA-256 of each; a change is made with a new
 * migration instead.
 */
class MigrationChecksumsTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CHECKSUMS = Path.of("migration-checksums.txt");

    @Test
    void every_landed_migration_is_unchanged_and_every_migration_has_its_line() {
        assertThat(problems(MIGRATIONS, listed(CHECKSUMS))).isEmpty();
    }

    @Test
    void a_changed_a_removed_and_an_unlisted_migration_are_each_caught(@TempDir Path dir) throws IOException {
        // The same check on a doctored copy, so the test shows it fails without touching the real migrations.
        Path copy = Files.createDirectories(dir.resolve("migration"));
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("V001__foundation.sql"), "-- a quiet edit\n", StandardOpenOption.APPEND);
        Files.delete(copy.resolve("V002__clients_and_audit.sql"));
        Files.writeString(copy.resolve("V999__unlisted.sql"), "select 1;\n");

        assertThat(problems(copy, listed(CHECKSUMS)))
                .containsExactly(
                        "V001__foundation.sql has changed since it landed: undo the change and write a new migration instead",
                        "V002__clients_and_audit.sql is listed in db/migration-checksums.txt but is gone:"
                                + " a landed migration is never removed",
                        "V999__unlisted.sql has no line in db/migration-checksums.txt. Once it has landed, add this line:\n"
                                + sha256(copy.resolve("V999__unlisted.sql")) + "  V999__unlisted.sql");
    }

    /** What is wrong, one sentence each: a listed migration changed or gone, or a migration without a line. */
    static List<String> problems(Path migrationDir, Map<String, String> listed) {
        var actual = migrations(migrationDir);
        var problems = new ArrayList<String>();
        listed.forEach((file, sha) -> {
            if (!actual.containsKey(file)) {
                problems.add(
                        file + " is listed in db/" + CHECKSUMS + " but is gone: a landed migration is never removed");
            } else if (!actual.get(file).equals(sha)) {
                problems.add(file + " has changed since it landed: undo the change and write a new migration instead");
            }
        });
        actual.forEach((file, sha) -> {
            if (!listed.containsKey(file)) {
                problems.add(file + " has no line in db/" + CHECKSUMS + ". Once it has landed, add this line:\n" + sha
                        + "  " + file);
            }
        });
        return problems;
    }

    static Map<String, String> migrations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            var result = new TreeMap<String, String>();
            files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .forEach(f -> result.put(f.getFileName().toString(), sha256(f)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> listed(Path checksums) {
        try {
            List<String> lines = Files.readAllLines(checksums);
            var result = new LinkedHashMap<String, String>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+", 2);
                result.put(parts[1], parts[0]);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
