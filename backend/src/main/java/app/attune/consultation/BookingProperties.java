package app.attune.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits for public booking ({@code attune.booking.*}). A limit of 0 turns that limit off.
 */
@ConfigurationProperties("attune.booking")
public record BookingProperties(int perIpPerHour, int perEmailPerDay) {}
