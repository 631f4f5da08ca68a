package app.attune.audit;

import app.attune.security.AccountLookup;
import app.attune.security.AttuneUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or failed, goes into the audit log. */
@Component
class SignInAudit {

    private final AuditLog log;
    private final AccountLookup accounts;

    SignInAudit(AuditLog log, AccountLookup accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AttuneUser user) {
            log.recordSignIn(user.id(), user.role().name(), true);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // The attempted email itself is not stored: it may be a mistyped password or someone else's address.
        var account = accounts.find(event.getAuthentication().getName());
        log.recordSignIn(
                account.map(AccountLookup.Account::id).orElse(null),
                account.map(a -> a.role().name()).orElse(null),
                false);
    }
}
