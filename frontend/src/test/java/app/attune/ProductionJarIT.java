package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code attune.jar} holds no test library: no Testcontainers, no docker-java, no JUnit, as classes of
 * its own or as nested jars. Runs after {@code package} (Failsafe), on the jar that would ship.
 */
class ProductionJarIT {

    // Another jar may be named (-Dattune.jar=…) to see the check fail on one that holds a test library.
    private static final Path JAR = Path.of(System.getProperty("attune.jar", "target/attune.jar"));
    private static final Pattern BANNED_LIBRARY = Pattern.compile(
            "BOOT-INF/lib/(testcontainers|docker-java|junit|opentest4j|assertj|mockito|playwright|greenmail)[^/]*\\.jar");
    private static final Pattern BANNED_CLASS =
            Pattern.compile("(BOOT-INF/classes/)?(org/testcontainers|com/github/dockerjava|org/junit)/.*");

    @Test
    void the_jar_holds_no_testcontainers_docker_java_or_junit() throws IOException {
        assertThat(JAR).as("the jar built by package").exists();
        List<String> entries;
        try (var jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(e -> e.getName()).toList();
        }
        assertThat(entries)
                .as("entries of " + JAR)
                .isNotEmpty()
                .filteredOn(name -> BANNED_LIBRARY.matcher(name).matches()
                        || BANNED_CLASS.matcher(name).matches())
                .as("test libraries and classes in " + JAR + "; keep them out of compile and runtime scope")
                .isEmpty();
    }
}
