package app.attune.security;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's people: one admin, two therapists and three clients with portal logins, all with the password
 * {@value #PASSWORD}. Loads only under the demo profile, and only what is missing, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(5)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "attune-demo-2026";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    // The therapists' profiles are the people feature's: its DemoTherapists adds them to these accounts.
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        account("admin@clearmind.example", Role.ADMIN, "Clinic Administrator");
        account("leila@clearmind.example", Role.THERAPIST, "Leila Moradi");
        account("sam@clearmind.example", Role.THERAPIST, "Sam Richard");
        account("zoe@clearmind.example", Role.CLIENT, "Zoë Tremblay");
        account("farid@clearmind.example", Role.CLIENT, "Farid Ahmadi");
        account("minh@clearmind.example", Role.CLIENT, "Nguyễn Minh");
    }

    private UserAccount account(String email, Role role, String name) {
        return users.findByEmail(email)
                .orElseGet(() -> users.save(
                        new UserAccount(email, role, name, PasswordHashes.of(encoder, PASSWORD), clock.instant())));
    }
}
