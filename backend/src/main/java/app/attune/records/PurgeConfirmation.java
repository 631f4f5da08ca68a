package app.attune.records;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rule an admin's confirmation of a purge meets: they type the client's legal name, and it matches when the two
 * are equal after trimming, collapsing runs of white space and ignoring case (accents still count). Blank never
 * matches. Which records may be purged at all is the database's rule ({@code client_retention}), not this one.
 *
 * @see "docs/decisions/013-record-retention.md"
 */
final class PurgeConfirmation {

    private PurgeConfirmation() {}

    /** Whether {@code typed} names the client whose legal name is {@code legalName}. */
    static boolean matches(@Nullable String typed, String legalName) {
        return typed != null && !typed.isBlank() && normalized(typed).equals(normalized(legalName));
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
