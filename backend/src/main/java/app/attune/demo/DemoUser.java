package app.attune.demo;

import app.attune.security.AccountDirectory;
import app.attune.security.AttuneUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of demo seeding signed in as one of the demo's people, so that it goes through the features' public
 * services and their permission checks exactly as that person would, rather than around them.
 */
final class DemoUser {

    private DemoUser() {}

    /** Runs {@code work} as this account, then puts back whoever was signed in before (at start-up, nobody). */
    static void runAs(AccountDirectory.Account account, Runnable work) {
        // No password hash: this principal never signs in, it only carries the seeding through the services' checks.
        var user = new AttuneUser(
                account.id(), account.email(), account.displayName(), account.role(), "", account.enabled());
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
