/** Who may sign in, with which role, and the therapists' public profiles. */
package app.attune.security;
