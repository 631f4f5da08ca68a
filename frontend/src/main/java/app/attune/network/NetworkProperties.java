package app.attune.network;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code attune.network.*}: {@code trustedProxies} lists the reverse proxies, as CIDRs or single addresses, whose
 * forwarded headers are believed. Empty, the default, believes nobody's.
 */
@ConfigurationProperties("attune.network")
public record NetworkProperties(List<String> trustedProxies) {

    public NetworkProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
