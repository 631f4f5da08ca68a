/** Who may sign in and with which role: accounts, passwords, password reset, two-step sign-in, throttling and sessions. */
package app.attune.security;
