package app.attune.security;

/**
 * The role rules service methods carry, written once: {@code @PreAuthorize(Access.STAFF)}. Each is a compile-time
 * constant built from {@link Role.Names}, so a rule reads the same everywhere and a role is renamed in one place.
 * {@code AccessRulesTest} fails when a {@code @PreAuthorize} or {@code @RolesAllowed} is written as a string literal.
 */
public final class Access {

    /** Therapists and admins: the clinic's staff. */
    public static final String STAFF = "hasAnyRole('" + Role.Names.THERAPIST + "', '" + Role.Names.ADMIN + "')";

    /** Therapists only. */
    public static final String THERAPIST = "hasRole('" + Role.Names.THERAPIST + "')";

    /** Admins only. */
    public static final String ADMIN = "hasRole('" + Role.Names.ADMIN + "')";

    /** Clients in the portal only. */
    public static final String CLIENT = "hasRole('" + Role.Names.CLIENT + "')";

    /** Anyone signed in, whatever their role. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {}
}
