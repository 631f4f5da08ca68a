package app.attune.security;

import app.attune.base.StartupProblem;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty installation, creates the first admin from {@code ATTUNE_ADMIN_EMAIL} and
 * {@code ATTUNE_ADMIN_PASSWORD}. The password is never logged.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdmin(
            UserAccountRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            @Value("${attune.admin.email:}") String email,
            @Value("${attune.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.email = email.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            log.warn("Attune has no users yet. Set ATTUNE_ADMIN_EMAIL and ATTUNE_ADMIN_PASSWORD and restart"
                    + " to create the first admin.");
            return;
        }
        policy.check(password, List.of(email)).ifPresent(problem -> {
            throw new StartupProblem("ATTUNE_ADMIN_PASSWORD is not accepted ("
                    + switch (problem) {
                        case TOO_SHORT -> "it needs at least " + PasswordPolicy.MIN_LENGTH + " characters";
                        case TOO_LONG -> "it may have at most " + PasswordPolicy.MAX_LENGTH + " characters";
                        case TOO_COMMON -> "it is on the list of common passwords";
                        case TOO_PERSONAL -> "it contains the email or the word Attune";
                    }
                    + "). Choose another and restart.");
        });
        users.save(new UserAccount(
                email, Role.ADMIN, "Administrator", PasswordHashes.of(encoder, password), clock.instant()));
        log.info("Created the first admin account from ATTUNE_ADMIN_EMAIL");
    }
}
