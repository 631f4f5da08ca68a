package app.attune.client;

/** Where a person is in their care with the clinic. */
public enum ClientStatus {
    /** Booked a consultation or was referred; not yet in care. */
    PROSPECT,
    ACTIVE,
    /** Paused; may come back. */
    INACTIVE,
    /** Care has ended, on a date, for a reason. */
    DISCHARGED
}
