package app.attune.security;

/** What a signed-in person is to the clinic. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    ADMIN, THERAPIST, CLIENT;

    /** The authority name Spring Security checks, e.g. {@code ROLE_THERAPIST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
