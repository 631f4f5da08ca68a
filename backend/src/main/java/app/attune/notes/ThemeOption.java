package app.attune.notes;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A theme as pickers and lists show it. {@code retiredAt} is null while the theme is in use. */
public record ThemeOption(
        UUID id,
        ThemeCategory category,
        String name,
        String description,
        @Nullable Instant retiredAt,
        long version) {

    public boolean retired() {
        return retiredAt != null;
    }
}
