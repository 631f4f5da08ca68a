package app.attune.security;

/** What a signed-in person is to the clinic. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    THERAPIST,
    CLIENT;

    /** The authority name Spring Security checks, e.g. {@code ROLE_THERAPIST}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * The role names as compile-time constants, for annotations such as {@code @RolesAllowed(Role.Names.THERAPIST)},
     * which cannot take an enum's {@code name()}. {@code AccessRulesTest} checks each equals its enum constant's name.
     */
    public static final class Names {

        public static final String ADMIN = "ADMIN";
        public static final String THERAPIST = "THERAPIST";
        public static final String CLIENT = "CLIENT";

        private Names() {}
    }
}
