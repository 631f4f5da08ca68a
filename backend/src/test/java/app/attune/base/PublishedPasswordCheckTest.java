package app.attune.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses every password that Attune's own documents show. */
class PublishedPasswordCheckTest {

    static final Path ROOT = Path.of("..");
    static final Set<String> DOCUMENTS = Set.of("README.md", "docker-compose.yml", ".env.example");

    // FOO_PASSWORD=value, FOO_PASSWORD='value', FOO_PASSWORD: value (compose); ${FOO_PASSWORD:?…} is no password.
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?<![{\\w])[A-Z_]*PASSWORD[A-Z_]*\\s*[=:][ \\t]*(?:'([^']*)'|\"([^\"]*)\"|([^\\s'\"`$|]+))");
    // create role … password 'value' (SQL), and "the password `value`" (the README's demo logins).
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bpassword\\s+(?:'([^']+)'|`([^`]+)`)");

    private final PublishedPasswordCheck check = new PublishedPasswordCheck();

    @Test
    void every_password_the_readme_compose_and_env_example_show_is_refused() throws IOException {
        var shown = shownPasswords();
        // The documents do show some (the demo's, the examples'): an extraction that finds none is broken.
        assertThat(shown).contains("attune-demo-2026", "CHANGE-ME-app-password").hasSizeGreaterThanOrEqualTo(5);
        assertThat(shown)
                .allSatisfy(password -> assertThat(check.isPublished(password))
                        .as(
                                "%s is shown in the documents: add it to backend/src/main/resources/base/published-passwords.txt",
                                password)
                        .isTrue());
    }

    @Test
    void a_password_nobody_has_seen_is_accepted() {
        assertThat(check.isPublished("k8Vq3-yZt7!pWm2-rLs9")).isFalse();
        assertThat(check.isPublished("")).isFalse();
    }

    @Test
    void under_prod_attune_refuses_to_start_with_a_published_password_and_names_the_setting_not_the_password() {
        for (String secret : PublishedPasswordCheck.SECRETS.keySet()) {
            assertThatThrownBy(() -> start("prod", secret + "=attune-demo-2026"))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageStartingWith(PublishedPasswordCheck.SECRETS.get(secret)
                            + " is set to an example password from Attune's README")
                    .hasMessageNotContaining("attune-demo-2026");
        }
        assertThatThrownBy(() -> start("prod", "spring.datasource.password=CHANGE-ME-app-password-2"))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void under_prod_a_fresh_password_starts_and_without_prod_the_demo_password_does_too() {
        assertThatCode(() -> start("prod", "spring.datasource.password=k8Vq3-yZt7!pWm2-rLs9")
                        .close())
                .doesNotThrowAnyException();
        assertThatCode(() -> start("demo", "spring.datasource.password=attune-demo-2026")
                        .close())
                .doesNotThrowAnyException();
    }

    /** A real Spring Boot startup (environment, listeners, failure analysis), of an application with no beans. */
    private static org.springframework.context.ConfigurableApplicationContext start(String profile, String property) {
        return new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .properties(property, "spring.main.banner-mode=off")
                .run();
    }

    static Set<String> shownPasswords() throws IOException {
        var found = new LinkedHashSet<String>();
        for (String document : DOCUMENTS) {
            String text = Files.readString(ROOT.resolve(document));
            for (Pattern pattern : new Pattern[] {ASSIGNED, IN_TEXT}) {
                var m = pattern.matcher(text);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        // "$VAR" and "${VAR:?…}" name a password kept elsewhere; they show none.
                        if (m.group(g) != null
                                && !m.group(g).isBlank()
                                && !m.group(g).startsWith("$")) {
                            found.add(m.group(g).strip());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Not a @Configuration, so the backend's test application never scans it in. */
    static class Nothing {}
}
