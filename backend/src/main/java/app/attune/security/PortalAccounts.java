package app.attune.security;

import app.attune.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates a client's portal login, when they accept an invitation. */
@Service
public class PortalAccounts {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    PortalAccounts(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Creates a CLIENT login. Only the invitation service calls this, inside the transaction that consumes a valid
     * single-use invitation token: the token is the authority, which is why no role is required here.
     *
     * @throws InvalidInputException the password breaks the policy, or an account already uses the email
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID createClientLogin(String email, String displayName, String password) {
        policy.require(password, List.of(email));
        if (users.findByEmail(email).isPresent()) {
            throw new InvalidInputException(
                    "email",
                    "An account already uses this email. Please ask your counsellor"
                            + " to invite you with another address.");
        }
        return users.save(new UserAccount(
                        email, Role.CLIENT, displayName, PasswordHashes.of(encoder, password), clock.instant()))
                .getId();
    }
}
