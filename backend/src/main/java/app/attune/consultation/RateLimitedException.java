package app.attune.consultation;

/** Too many booking attempts from one address or for one email; the person may try again later. */
public class RateLimitedException extends RuntimeException {

    public RateLimitedException() {
        super("Too many booking attempts; please try again later");
    }
}
