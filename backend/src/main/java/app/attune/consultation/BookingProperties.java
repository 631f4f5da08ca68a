package app.attune.consultation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits for public booking ({@code attune.booking.*}). A limit of 0 turns that limit off.
 * {@code trustedProxies} lists the addresses whose X-Forwarded-For header is believed.
 */
@ConfigurationProperties("attune.booking")
public record BookingProperties(int perIpPerHour, int perEmailPerDay, List<String> trustedProxies) {

    public BookingProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
