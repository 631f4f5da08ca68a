package app.attune.audit;

import java.util.UUID;

/**
 * Whether the signed-in person may see a client's record. The client feature implements it, so the audit log can
 * guard a client's trail without depending on that feature.
 */
public interface ClientAccessPolicy {

    /** True when the signed-in person may see this client's record. */
    boolean maySee(UUID clientId);
}
