package app.attune.client;

import app.attune.base.PlainText;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which clients to list: {@code text} matches name, email or phone ignoring case and accents; the other filters
 * are optional. {@code therapistId} is honoured for admins only: a therapist always sees their own caseload.
 */
public record ClientQuery(
        @PlainText @Nullable String text,
        Set<ClientStatus> statuses,
        @Nullable UUID concernId,
        @Nullable UUID therapistId) {

    public ClientQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ClientQuery everyone() {
        return new ClientQuery(null, Set.of(), null, null);
    }
}
