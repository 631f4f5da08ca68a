package app.attune.practice;

import java.util.UUID;

/** A client whose practices slipped below half of what was asked over the last two full weeks. */
public record SlippingClient(UUID clientId, String name, int done, int expected) {

    /** Done as a whole percentage of expected. */
    public int percent() {
        return expected == 0 ? 0 : Math.round(100f * done / expected);
    }
}
