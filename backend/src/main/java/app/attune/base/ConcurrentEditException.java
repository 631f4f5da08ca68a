package app.attune.base;

/** Someone else saved the record after this person opened it; their input is not saved, and not lost either. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("The record was changed by someone else after it was opened");
    }
}
