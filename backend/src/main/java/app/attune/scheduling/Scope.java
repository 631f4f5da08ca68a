package app.attune.scheduling;

/** Which sessions of a series a change applies to. */
public enum Scope {
    THIS_ONE,
    THIS_AND_FOLLOWING
}
