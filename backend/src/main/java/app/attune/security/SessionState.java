package app.attune.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether an account may still sign in, and since when its sessions are revoked (null: never). */
record SessionState(boolean enabled, @Nullable Instant at) {}
