/** Who may sign in and with which role: accounts, passwords, password reset, two-step sign-in, throttling and sessions. */
@org.jspecify.annotations.NullMarked
package app.attune.security;
