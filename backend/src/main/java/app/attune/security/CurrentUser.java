package app.attune.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, for services' ownership checks. */
@Component
public class CurrentUser {

    /** The signed-in person, if any. */
    public Optional<AttuneUser> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AttuneUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in person; refuses access when nobody is signed in. */
    public AttuneUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Please sign in"));
    }
}
