package app.attune.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.cluster.yml and deploy/haproxy/haproxy.cfg (decision 019): HAProxy sits between Caddy and two
 * identical app instances, keeps a browser on one instance with a cookie, asks readiness before sending anyone, and
 * is the only other address the apps believe forwarded headers from. HAProxy itself accepts the configuration.
 */
class ClusterDeploymentTest {

    static final Path ROOT = Path.of("..");

    private static Map<String, Map<String, Object>> base;
    private static Map<String, Map<String, Object>> cluster;

    @BeforeAll
    static void read() throws IOException {
        base = services("docker-compose.yml");
        cluster = services("docker-compose.cluster.yml");
    }

    @Test
    void a_second_instance_is_the_first_one_again_and_waits_for_it_to_migrate() {
        assertThat(String.valueOf(cluster.get("app2").get("extends"))).contains("service=app");
        assertThat(String.valueOf(cluster.get("app2").get("depends_on"))).contains("app={condition=service_healthy}");
        assertThat(cluster.get("app2")).doesNotContainKey("ports");
        assertThat(cluster.get("lb")).doesNotContainKey("ports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void caddy_sends_to_haproxy_and_the_apps_believe_those_two_addresses_alone() {
        String caddy = address(base.get("proxy"));
        String haproxy = address(cluster.get("lb"));
        assertThat(((Map<String, Object>) cluster.get("proxy").get("environment")))
                .containsEntry("ATTUNE_UPSTREAM", "lb:8080");
        assertThat(((Map<String, Object>) cluster.get("app").get("environment")))
                .containsEntry("ATTUNE_NETWORK_TRUSTED_PROXIES", caddy + "," + haproxy);
        assertThat(((Map<String, Object>) cluster.get("lb").get("environment")))
                .containsEntry("ATTUNE_APP1", "app:8080")
                .containsEntry("ATTUNE_APP2", "app2:8080");
    }

    @Test
    void haproxy_keeps_a_browser_on_one_instance_and_asks_readiness() throws IOException {
        String config = Files.readString(ROOT.resolve("deploy/haproxy/haproxy.cfg"));
        assertThat(config)
                .contains("cookie ATTUNE_NODE insert indirect nocache")
                .contains("http-check send meth GET uri /actuator/health/readiness")
                .contains("option redispatch")
                .contains("retry-on conn-failure empty-response 503")
                .contains("server app1 \"${ATTUNE_APP1}\" check cookie app1")
                .contains("server app2 \"${ATTUNE_APP2}\" check cookie app2");
    }

    /** Debian's haproxy package (.ci/run installs it); {@code -c} only checks the file. */
    @Test
    void haproxy_accepts_the_configuration() throws Exception {
        var builder = new ProcessBuilder(
                        "haproxy",
                        "-c",
                        "-f",
                        ROOT.resolve("deploy/haproxy/haproxy.cfg").toString())
                .redirectErrorStream(true);
        builder.environment().put("HAPROXY_BIND", ":18080");
        builder.environment().put("ATTUNE_APP1", "127.0.0.1:18081");
        builder.environment().put("ATTUNE_APP2", "127.0.0.1:18082");
        builder.environment()
                .put(
                        "HAPROXY_SOCKET",
                        Files.createTempDirectory("haproxy")
                                .resolve("admin.sock")
                                .toString());
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Configuration file is valid");
    }

    @SuppressWarnings("unchecked")
    private static String address(Map<String, Object> service) {
        var networks = (Map<String, Map<String, Object>>) service.get("networks");
        return String.valueOf(networks.get("attune").get("ipv4_address"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve(file)));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
