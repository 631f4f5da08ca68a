/**
 * Who may sign in and how: accounts and roles, throttled sign-in, password reset, two-step sign-in, and the therapists'
 * public profiles.
 */
package app.attune.security;
