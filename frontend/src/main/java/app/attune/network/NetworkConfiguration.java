package app.attune.network;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The one place that decides who a request comes from. Tomcat's remote-IP valve believes {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto} from the configured proxies only, before anything else sees the request, so the
 * client address (which the sign-in and booking limits count), the scheme (HSTS, the secure session cookie) and the
 * logs all agree. {@code X-Real-IP} and {@code Forwarded} are never read. Spring Boot's own forwarded-header handling
 * is replaced: its default trusts every private address, which behind Docker's port publishing is everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NetworkProperties.class)
class NetworkConfiguration {

    @Bean
    TrustedProxies trustedProxies(NetworkProperties properties) {
        return TrustedProxies.of(properties.trustedProxies());
    }

    @Bean
    ForwardedHeaders forwardedHeaders(TrustedProxies proxies, Environment environment) {
        if ("framework"
                .equalsIgnoreCase(environment
                        .getProperty("server.forward-headers-strategy", "")
                        .strip())) {
            // Spring's ForwardedHeaderFilter believes anyone's headers; refusing is kinder than a silent hole.
            throw new IllegalStateException("server.forward-headers-strategy=framework believes forwarded headers from"
                    + " anyone. Leave it unset and list your proxies in attune.network.trusted-proxies"
                    + " (ATTUNE_NETWORK_TRUSTED_PROXIES) instead.");
        }
        return new ForwardedHeaders(proxies);
    }

    /** Runs after Spring Boot's Tomcat customizer, so a valve it added from its own settings is taken out again. */
    static final class ForwardedHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final TrustedProxies proxies;

        ForwardedHeaders(TrustedProxies proxies) {
            this.proxies = proxies;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.setEngineValves(factory.getEngineValves().stream()
                    .filter(v -> !(v instanceof RemoteIpValve))
                    .toList());
            if (proxies.isEmpty()) {
                return;
            }
            var valve = new RemoteIpValve();
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            // Every range carries its prefix length, which is how the valve knows these are CIDRs, not patterns.
            valve.setInternalProxies(proxies.asCidrList());
            factory.addEngineValves(valve);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
