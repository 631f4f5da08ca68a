package app.attune.people;

import app.attune.security.AccountLookup;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo therapists' public profiles, added to the accounts the demo's sign-in data made just before. Loads only
 * under the demo profile, and only what is missing, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(7)
class DemoTherapists implements ApplicationRunner {

    private final AccountLookup accounts;
    private final TherapistRepository therapists;
    private final Clock clock;

    DemoTherapists(AccountLookup accounts, TherapistRepository therapists, Clock clock) {
        this.accounts = accounts;
        this.therapists = therapists;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        therapist(
                "leila@clearmind.example",
                "RCT, CCC",
                List.of("English", "Farsi"),
                List.of("Attachment-based", "EFT", "Trauma-informed"),
                "I help adults feel steadier in themselves and closer to the people who matter to them.");
        therapist(
                "sam@clearmind.example",
                "RCT",
                List.of("English", "French"),
                List.of("CBT", "ACT", "Solution-focused"),
                "I work with stress, burnout and anxiety, at a pace that feels safe for you.");
    }

    private void therapist(
            String email, String credentials, List<String> languages, List<String> modalities, String bio) {
        var id = accounts.find(email).orElseThrow().id();
        if (!therapists.existsById(id)) {
            therapists.save(new Therapist(id, credentials, languages, modalities, bio, clock.instant()));
        }
    }
}
