package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature's tables are its own: another feature reads them only through the owner's public service or through a
 * view the owner publishes as its read model (V016). SQL hides from the compiler and from ArchUnit, so this plain scan
 * reads every string in the backend's main sources and fails on a table, or a JPA entity, of another feature named
 * after {@code from}, {@code join}, {@code update}, {@code into} or {@code table}.
 *
 * <p>A table's owner is the feature whose entity maps it ({@code @Table}, {@code @JoinTable},
 * {@code @CollectionTable}); tables without an entity are declared in {@link #UNMAPPED}. The demo seeding classes
 * ({@code Demo*}, and a {@code demo} package) are exempt: they fill every feature's tables for the demo profile only.
 *
 * @see "docs/decisions/016-query-idioms.md"
 */
class FeatureTablesTest {

    static final Path MAIN = Path.of("src/main/java/app/attune");
    static final Path MIGRATIONS = Path.of("../db/src/main/resources/db/migration");

    /** Tables that no entity maps, with the feature that created them. */
    static final Map<String, String> UNMAPPED = Map.of(
            "session_note_version", "notes",
            "sign_in_attempt", "security",
            "sign_in_policy", "security",
            "recovery_code", "security",
            "audit_seal", "audit",
            "audit_checkpoint", "audit",
            "client_retention", "records",
            "sign_in_address_attempt", "security",
            "booking_rate_bucket", "consultation",
            "shedlock", "base");

    /** The read models features publish (V016): views anyone may read, and nobody may write through. */
    static final Map<String, String> PUBLISHED = Map.of(
            "client_names", "client",
            "account_names", "security",
            "appointment_times", "scheduling",
            "client_note_counts", "notes",
            "client_practice_counts", "practice");

    private static final Pattern MAPPED =
            Pattern.compile("@(?:Table|JoinTable|CollectionTable)\\s*\\(\\s*name\\s*=\\s*\"([A-Za-z_0-9]+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^{]*?\\bclass\\s+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern NAMED =
            Pattern.compile("\\b(?:from|join|update|into|table)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED =
            Pattern.compile("\\bcreate\\s+(?:table|view)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void no_repository_or_sql_string_names_another_features_table() {
        var owners = owners();
        var problems = new ArrayList<String>();
        for (Path file : sources()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (isDemo(relative)) {
                continue;
            }
            String feature = relative.substring(0, relative.indexOf('/'));
            for (String literal : stringLiterals(read(file))) {
                Matcher m = NAMED.matcher(literal);
                while (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    String owner = owners.get(name);
                    if (owner != null && !owner.equals(feature) && !PUBLISHED.containsKey(name)) {
                        problems.add(relative + " names " + owner + "'s table " + name + ": read it through " + owner
                                + "'s public service or a view it publishes");
                    }
                }
            }
        }
        assertThat(problems)
                .as("SQL that reaches into another feature's tables")
                .isEmpty();
    }

    @Test
    void every_table_the_migrations_create_has_an_owning_feature() {
        var created = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATED.matcher(read(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(created).as("tables and views a migration creates").isNotEmpty();
        assertThat(owners().keySet()).as("tables with an owner").containsAll(created);
    }

    @Test
    void the_scan_finds_a_table_named_in_a_text_block_and_skips_comments() {
        String source = """
                // select * from appointment
                class X { String sql = \"\"\"
                    select c.id from consultation c join appointment a on a.id = c.appointment_id\"\"\";
                    char quote = '"'; String other = "update client set x = 1"; }
                """;
        var literals = stringLiterals(source);
        assertThat(literals).hasSize(2);
        assertThat(String.join(" ", literals))
                .contains("join appointment")
                .contains("update client")
                .doesNotContain("select * from appointment");
    }

    /** Table and entity names, lower case, with the feature that owns each. */
    static Map<String, String> owners() {
        var owners = new TreeMap<String, String>(UNMAPPED);
        owners.putAll(PUBLISHED);
        for (Path file : sources()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            String feature = relative.substring(0, relative.indexOf('/'));
            String text = read(file);
            Matcher table = MAPPED.matcher(text);
            while (table.find()) {
                owners.put(table.group(1).toLowerCase(Locale.ROOT), feature);
            }
            Matcher entity = ENTITY.matcher(text);
            while (entity.find()) {
                owners.put(entity.group(1).toLowerCase(Locale.ROOT), feature);
            }
        }
        return owners;
    }

    private static boolean isDemo(String relative) {
        return relative.startsWith("demo/")
                || relative.substring(relative.lastIndexOf('/') + 1).startsWith("Demo");
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> MAIN.relativize(f).getNameCount() > 1)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of the string literals and text blocks in Java source, comments and char literals skipped. */
    static List<String> stringLiterals(String source) {
        var literals = new ArrayList<String>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                var text = new StringBuilder();
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    if (j < n) {
                        text.append(source.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    literals.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
