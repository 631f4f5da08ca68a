package app.attune.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clinic a new installation starts with ({@code ATTUNE_CLINIC_NAME}, {@code ATTUNE_CLINIC_TIME_ZONE}).
 * Used only when the database has no clinic yet.
 */
@ConfigurationProperties("attune.clinic")
public record ClinicProperties(String name, String timeZone) {

    public ClinicProperties {
        if (name == null || name.isBlank()) {
            name = "Our clinic";
        }
        if (timeZone == null || timeZone.isBlank()) {
            timeZone = "America/Halifax";
        }
    }
}
