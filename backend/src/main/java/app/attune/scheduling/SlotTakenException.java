package app.attune.scheduling;

/** The time asked for overlaps another active appointment of the same therapist. Nothing was saved. */
public class SlotTakenException extends RuntimeException {

    public SlotTakenException() {
        super("That time overlaps another appointment");
    }
}
