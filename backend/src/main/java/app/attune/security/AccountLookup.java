package app.attune.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds which account an email belongs to, for auditing sign-in attempts. Reveals only an id and a role. */
@Service
public class AccountLookup {

    /** An account's id and role. */
    public record Account(UUID id, Role role) {}

    private final UserAccountRepository users;

    AccountLookup(UserAccountRepository users) {
        this.users = users;
    }

    /** The account with this email, whatever its case, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Account> find(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return users.findByEmail(email.strip()).map(u -> new Account(u.getId(), u.getRole()));
    }

    /** Whether an account already uses this email, whatever its case. */
    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return find(email).isPresent();
    }
}
