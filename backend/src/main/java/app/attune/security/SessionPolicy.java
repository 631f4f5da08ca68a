package app.attune.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a signed-in session may go on: not after its person was idle too long, not after its absolute
 * lifetime, and not after "sign out everywhere" or a password reset. The web layer asks on every request.
 */
@Component
public class SessionPolicy {

    /** Why a session ends. */
    public enum Ending {
        IDLE,
        LIFETIME,
        REVOKED
    }

    private final UserAccountRepository users;
    private final SignInProperties.Session settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionPolicy(
            UserAccountRepository users, SignInProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.settings = properties.session();
        this.events = events;
        this.clock = clock;
    }

    /** How long this person may be idle before being signed out. */
    public Duration idleTimeout(Role role) {
        return role == Role.CLIENT ? settings.clientIdleTimeout() : settings.staffIdleTimeout();
    }

    /** How long before the idle sign-out the person is warned. */
    public Duration warningBefore() {
        return settings.warningBefore();
    }

    /** The ending due for a session that began at {@code signedInAt} and was last used at {@code lastActivity}. */
    @Transactional(readOnly = true)
    public Optional<Ending> check(AttuneUser user, Instant signedInAt, Instant lastActivity) {
        var now = clock.instant();
        if (!now.isBefore(signedInAt.plus(settings.absoluteLifetime()))) {
            return Optional.of(Ending.LIFETIME);
        }
        if (!now.isBefore(lastActivity.plus(idleTimeout(user.role())))) {
            return Optional.of(Ending.IDLE);
        }
        var revoked = users.sessionsRevokedAt(user.id());
        // An account that no longer exists, or can no longer sign in, has no sessions either.
        if (revoked.isEmpty()
                || !revoked.get().enabled()
                || (revoked.get().at() != null && !revoked.get().at().isBefore(signedInAt))) {
            return Optional.of(Ending.REVOKED);
        }
        return Optional.empty();
    }

    /** Records, for the audit log, that a session of this person ended and why. */
    public void ended(AttuneUser user, Ending ending) {
        events.publishEvent(new AccountEvent(
                user.id(),
                user.role(),
                AccountEvent.Kind.SIGNED_OUT,
                ending.name().toLowerCase(Locale.ROOT)));
    }

    /** Records that this person signed out, or was signed out by their page for being idle. */
    public void signedOut(AttuneUser user, boolean idle) {
        events.publishEvent(
                new AccountEvent(user.id(), user.role(), AccountEvent.Kind.SIGNED_OUT, idle ? "idle" : "by choice"));
    }
}
