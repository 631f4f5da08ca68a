package app.attune.security;

import java.time.Instant;

/** Whether an account may still sign in, and since when its sessions are revoked (null: never). */
record SessionState(boolean enabled, Instant at) {
}
