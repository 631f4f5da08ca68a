package app.attune.consultation;

import java.util.List;

/**
 * The time asked for can't be booked: it was just taken, or it was never offered. {@code nearest} holds the closest
 * free times to offer instead. Nothing was saved.
 */
public class SlotUnavailableException extends RuntimeException {

    /** Why the time can't be booked. */
    public enum Reason {
        TAKEN,
        NOT_OFFERED
    }

    private final Reason reason;
    private final List<Slot> nearest;

    public SlotUnavailableException(Reason reason, List<Slot> nearest) {
        super(reason == Reason.TAKEN ? "That time was just taken" : "That time is not offered");
        this.reason = reason;
        this.nearest = List.copyOf(nearest);
    }

    public Reason reason() {
        return reason;
    }

    public List<Slot> nearest() {
        return nearest;
    }
}
