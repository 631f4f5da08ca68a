package app.attune.security;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends every session of the signed-in person's account, on every device. */
@Service
public class AccountSessions {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSessions(
            UserAccountRepository users, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs the person out everywhere: every session that began before now ends at its next request, this one
     * included, whichever device or browser holds it.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void signOutEverywhere() {
        var me = currentUser.require();
        users.revokeSessions(me.id(), clock.instant());
        events.publishEvent(new AccountEvent(me.id(), me.role(), AccountEvent.Kind.SIGNED_OUT_EVERYWHERE, null));
    }
}
