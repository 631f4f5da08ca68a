package app.attune.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Under the {@code prod} profile, refuses to start when a secret is a password that Attune's own documents show
 * (the README, docker-compose.yml, .env.example): anyone can read those. The list is
 * {@code base/published-passwords.txt}; a test keeps it in step with the documents. The password is never printed.
 */
public class PublishedPasswordCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The secrets checked: each property, and the environment variable people set it with. */
    static final Map<String, String> SECRETS = secrets();

    private static final String RESOURCE = "base/published-passwords.txt";
    // Whatever follows it, a value still holding the placeholder was never chosen.
    private static final String PLACEHOLDER = "change-me";

    private final Set<String> published = load();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    void check(ConfigurableEnvironment env) {
        if (!Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            return;
        }
        SECRETS.forEach((property, variable) -> {
            String value = env.getProperty(property, "");
            if (isPublished(value)) {
                throw new StartupProblem(variable + " is set to an example password from Attune's README,"
                        + " docker-compose.yml or .env.example, which anyone can read. Choose a long random one"
                        + " (e.g. openssl rand -base64 24), set it there and restart.");
            }
        });
    }

    /** Whether this password is one Attune's documents show, or still holds the placeholder. */
    boolean isPublished(String password) {
        String p = password.strip().toLowerCase(Locale.ROOT);
        return !p.isEmpty() && (published.contains(p) || p.contains(PLACEHOLDER));
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> secrets() {
        var map = new LinkedHashMap<String, String>();
        map.put("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD");
        map.put("spring.flyway.password", "SPRING_FLYWAY_PASSWORD");
        map.put("attune.admin.password", "ATTUNE_ADMIN_PASSWORD");
        map.put("spring.mail.password", "SPRING_MAIL_PASSWORD");
        return Collections.unmodifiableMap(map);
    }
}
