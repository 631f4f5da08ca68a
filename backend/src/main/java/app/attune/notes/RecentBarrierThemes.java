package app.attune.notes;

import java.util.Set;
import java.util.UUID;

/**
 * The barrier themes of a client's recent session notes, which suggest practices to assign. Session notes provide it
 * when they arrive; until then there is no implementation, and screens that would use it show no suggestions.
 */
public interface RecentBarrierThemes {

    /** The ids of the barrier themes on the client's recent notes, for their own therapist. */
    Set<UUID> forClient(UUID clientId);
}
