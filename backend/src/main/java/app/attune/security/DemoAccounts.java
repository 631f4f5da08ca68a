package app.attune.security;

import java.time.Clock;
import java.util.List;

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
    private final TherapistRepository therapists;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, TherapistRepository therapists, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.therapists = therapists;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        account("admin@clearmind.example", Role.ADMIN, "Clinic Administrator");
        therapist("leila@clearmind.example", "Leila Moradi", "RCT, CCC", List.of("English", "Farsi"),
                List.of("Attachment-based", "EFT", "Trauma-informed"),
                "I help adults feel steadier in themselves and closer to the people who matter to them.");
        therapist("sam@clearmind.example", "Sam Richard", "RCT", List.of("English", "French"),
                List.of("CBT", "ACT", "Solution-focused"),
                "I work with stress, burnout and anxiety, at a pace that feels safe for you.");
        account("zoe@clearmind.example", Role.CLIENT, "Zoë Tremblay");
        account("farid@clearmind.example", Role.CLIENT, "Farid Ahmadi");
        account("minh@clearmind.example", Role.CLIENT, "Nguyễn Minh");
    }

    private UserAccount account(String email, Role role, String name) {
        return users.findByEmail(email).orElseGet(
                () -> users.save(new UserAccount(email, role, name, PasswordHashes.of(encoder, PASSWORD),
                        clock.instant())));
    }

    private void therapist(String email, String name, String credentials, List<String> languages,
            List<String> modalities, String bio) {
        var user = account(email, Role.THERAPIST, name);
        if (!therapists.existsById(user.getId())) {
            therapists.save(new Therapist(user, credentials, languages, modalities, bio, clock.instant()));
        }
    }
}
