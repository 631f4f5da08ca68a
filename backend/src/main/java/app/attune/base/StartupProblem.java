package app.attune.base;

/** A reason Attune cannot start, worded for the person starting it; reported in one line, without a stack trace. */
public class StartupProblem extends RuntimeException {

    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
