package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Role rules are written once, in {@link Access} and {@link Role.Names}. A rule spelled out as a string in an
 * annotation can drift from the others unseen (a missing space, a role misspelt), and renaming a role would mean a hunt.
 * The annotations keep no trace of a constant once compiled, so this reads the source of every module.
 */
class AccessRulesTest {

    /** A role annotation and what stands between its parentheses (cut at the first ')', enough to see a quote). */
    private static final Pattern RULE =
            Pattern.compile("@(PreAuthorize|PostAuthorize|PreFilter|PostFilter|Secured|RolesAllowed)\\s*\\(([^)]*)\\)");

    @Test
    void no_role_annotation_in_main_code_is_written_as_a_string_literal() throws IOException {
        var project = Path.of("").toAbsolutePath().getParent();
        var sources = mainSourceRoots(project);
        var found = new ArrayList<String>();
        var literals = new ArrayList<String>();
        for (Path root : sources) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    var matcher = RULE.matcher(read(file));
                    while (matcher.find()) {
                        found.add(matcher.group());
                        if (matcher.group(2).contains("\"")) {
                            literals.add(project.relativize(file) + ": " + matcher.group());
                        }
                    }
                });
            }
        }
        // Guard against a scan that finds nothing and so passes: the services and the views carry well over 100 rules.
        assertThat(found).hasSizeGreaterThan(100);
        assertThat(literals)
                .as("use a constant from app.attune.security.Access or Role.Names instead")
                .isEmpty();
    }

    @Test
    void each_role_name_constant_is_its_enum_constants_name() throws IllegalAccessException {
        var names = new ArrayList<String>();
        for (Field field : Role.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                names.add(field.getName());
            }
        }
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void the_rules_name_the_roles_as_spring_security_expects() {
        assertThat(Access.STAFF).isEqualTo("hasAnyRole('THERAPIST', 'ADMIN')");
        assertThat(Access.THERAPIST).isEqualTo("hasRole('THERAPIST')");
        assertThat(Access.ADMIN).isEqualTo("hasRole('ADMIN')");
        assertThat(Access.CLIENT).isEqualTo("hasRole('CLIENT')");
        assertThat(Access.SIGNED_IN).isEqualTo("isAuthenticated()");
    }

    /** Every module's {@code src/main/java}: the tests run in the backend module's folder, beside the others. */
    private static List<Path> mainSourceRoots(Path project) throws IOException {
        try (Stream<Path> modules = Files.list(project)) {
            var roots = modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
            assertThat(roots)
                    .extracting(r -> project.relativize(r).getName(0).toString())
                    .contains("backend", "frontend");
            return roots;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
