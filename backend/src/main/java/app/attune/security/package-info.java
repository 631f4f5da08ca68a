/** Who may sign in, with which role, and the therapists' public profiles. */
@org.jspecify.annotations.NullMarked
package app.attune.security;
