package app.attune.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, read as compose reads it: only the TLS proxy is reachable from outside, Mailpit's inbox only in
 * the "try" profile and only on this machine, every secret must be set, the app signs in to the database as its own
 * role and Flyway as the owner. And the Caddyfile is one Caddy accepts.
 */
class ComposeDeploymentTest {

    static final Path ROOT = Path.of("..");
    static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]+}");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void only_the_proxy_publishes_ports_and_the_app_is_reached_through_it() {
        services.forEach((name, service) -> {
            if (!name.equals("proxy") && !name.equals("mailpit")) {
                assertThat(service).as("%s publishes no port", name).doesNotContainKey("ports");
            }
        });
        assertThat(strings(services.get("proxy").get("ports")))
                .containsExactlyInAnyOrder("80:80", "443:443", "443:443/udp");
        assertThat(services.get("proxy").get("image").toString()).startsWith("caddy:");
        assertThat(strings(services.get("proxy").get("volumes")))
                .contains("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_app_believes_forwarded_headers_from_the_proxys_fixed_address_alone() {
        var proxyNetworks =
                (Map<String, Map<String, Object>>) services.get("proxy").get("networks");
        String proxyAddress = String.valueOf(proxyNetworks.get("attune").get("ipv4_address"));
        assertThat(env(services.get("app")))
                .containsEntry("ATTUNE_NETWORK_TRUSTED_PROXIES", proxyAddress)
                .doesNotContainKey("SERVER_FORWARD_HEADERS_STRATEGY");
        services.forEach((name, service) -> assertThat(String.valueOf(service.get("networks")))
                .as("%s is on the network whose addresses are fixed", name)
                .contains("attune"));
    }

    @Test
    void mailpit_runs_only_in_the_try_profile_with_its_inbox_on_this_machine_only() {
        var mailpit = services.get("mailpit");
        assertThat(strings(mailpit.get("profiles"))).containsExactly("try");
        assertThat(strings(mailpit.get("ports"))).containsExactly("127.0.0.1:8025:8025");
        services.forEach((name, service) -> assertThat(String.valueOf(service.get("depends_on")))
                .as("%s must not need mailpit, which runs only in its profile", name)
                .doesNotContain("mailpit"));
    }

    @Test
    void every_secret_must_be_set_and_none_has_a_default() {
        var problems = new ArrayList<String>();
        services.forEach((name, service) -> env(service).forEach((key, value) -> {
            String v = String.valueOf(value);
            if (!key.contains("PASSWORD")) {
                return;
            }
            boolean required = REQUIRED.matcher(v).matches();
            // A mail server may ask for no credentials: an empty value is allowed there, never a default one.
            boolean optionalEmpty = key.startsWith("SPRING_MAIL_") && v.equals("${" + key + ":-}");
            if (!required && !optionalEmpty) {
                problems.add(name + "." + key + " = " + v);
            }
        }));
        assertThat(problems).as("secrets without ${VAR:?why}").isEmpty();
        for (String required : List.of("POSTGRES_PASSWORD", "ATTUNE_DB_OWNER_PASSWORD", "ATTUNE_DB_APP_PASSWORD")) {
            assertThat(String.valueOf(env(services.get("db")).get(required))).matches(REQUIRED);
        }
        var app = env(services.get("app"));
        for (String required : List.of(
                "SPRING_DATASOURCE_PASSWORD",
                "SPRING_FLYWAY_PASSWORD",
                "ATTUNE_ADMIN_PASSWORD",
                "ATTUNE_ADMIN_EMAIL")) {
            assertThat(String.valueOf(app.get(required))).as(required).matches(REQUIRED);
        }
    }

    @Test
    void the_app_runs_in_prod_as_its_own_database_login_and_flyway_as_the_owner() {
        var app = env(services.get("app"));
        var db = env(services.get("db"));
        assertThat(app.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("ATTUNE_DB_APP_USER"));
        assertThat(app.get("SPRING_FLYWAY_USER")).isEqualTo(db.get("ATTUNE_DB_OWNER_USER"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME"))
                .isNotEqualTo(app.get("SPRING_FLYWAY_USER"))
                .isNotEqualTo(db.get("POSTGRES_USER"));
        assertThat(strings(services.get("db").get("volumes")))
                .contains(
                        "./deploy/postgres/10-attune-roles.sh:/docker-entrypoint-initdb.d/10-attune-roles.sh:ro",
                        "./deploy/postgres/attune-roles.sql:/attune/attune-roles.sql:ro");
    }

    @Test
    void caddy_accepts_the_caddyfile_and_it_proxies_to_the_app_with_hsts() throws Exception {
        var adapted = caddy("adapt");
        assertThat(adapted.exitCode).as(adapted.output).isZero();
        assertThat(adapted.output)
                .contains("\"host\":[\"attune.example\"]")
                .contains("\"Strict-Transport-Security\":[\"max-age=31536000; includeSubDomains\"]")
                .contains("\"dial\":\"app:8080\"");
        var validated = caddy("validate");
        assertThat(validated.exitCode).as(validated.output).isZero();
        assertThat(validated.output).contains("Valid configuration");
    }

    private record Run(int exitCode, String output) {}

    /** Debian's caddy package (.ci/run installs it); it only reads the file, it serves nothing. */
    private static Run caddy(String command) throws Exception {
        var builder = new ProcessBuilder(
                        "caddy",
                        command,
                        "--config",
                        ROOT.resolve("deploy/Caddyfile").toString(),
                        "--adapter",
                        "caddyfile")
                .redirectErrorStream(true);
        builder.environment().put("ATTUNE_DOMAIN", "attune.example");
        builder.environment()
                .put("XDG_DATA_HOME", Files.createTempDirectory("caddy-data").toString());
        builder.environment()
                .put(
                        "XDG_CONFIG_HOME",
                        Files.createTempDirectory("caddy-config").toString());
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> service) {
        return (Map<String, Object>) service.getOrDefault("environment", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null
                ? List.of()
                : ((List<Object>) list).stream().map(String::valueOf).toList();
    }
}
