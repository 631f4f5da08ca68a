/** Who is signed in and what they see: the login view, the main layout with its per-role menu, the public landing page, and the web security rules. */
@org.jspecify.annotations.NullMarked
package app.attune.security.ui;
