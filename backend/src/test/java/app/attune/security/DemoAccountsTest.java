package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ClinicService;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class DemoAccountsTest {

    @Autowired
    DemoAccounts demo;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TherapistDirectory directory;

    @Autowired
    ClinicService clinics;

    @Autowired
    AttuneUserDetailsService userDetails;

    @Test
    void the_demo_has_its_clinic_an_admin_two_therapists_and_three_portal_clients() {
        assertThat(clinics.clinic().name()).isEqualTo("ClearMind Counselling Clinic");
        assertThat(clinics.clinic().zone().getId()).isEqualTo("America/Halifax");
        // The shared context's database also holds the people other tests made; the demo's are on its own domain.
        assertThat(users.findAll())
                .filteredOn(u -> u.getEmail().endsWith("@clearmind.example"))
                .extracting(UserAccount::getRole)
                .containsExactlyInAnyOrder(
                        Role.ADMIN, Role.THERAPIST, Role.THERAPIST, Role.CLIENT, Role.CLIENT, Role.CLIENT);
    }

    @Test
    void loading_the_demo_again_changes_nothing() {
        long before = users.count();
        long therapists = directory.publicTherapists().size();

        demo.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(before);
        // Other tests' therapists may share a demo name; the demo's own are the accounts on its domain.
        var demoAccounts = users.findAll().stream()
                .filter(u -> u.getEmail().endsWith("@clearmind.example"))
                .map(UserAccount::getId)
                .toList();
        assertThat(directory.publicTherapists())
                .hasSize((int) therapists)
                .filteredOn(t -> demoAccounts.contains(t.id()))
                .extracting(TherapistCard::displayName)
                .containsExactlyInAnyOrder("Leila Moradi", "Sam Richard");
    }

    @Test
    void visitors_see_therapists_with_credentials_and_languages() {
        assertThat(directory.publicTherapists()).anySatisfy(t -> {
            assertThat(t.displayName()).isEqualTo("Leila Moradi");
            assertThat(t.credentials()).isEqualTo("RCT, CCC");
            assertThat(t.languages()).containsExactly("English", "Farsi");
        });
    }

    @Test
    void an_unknown_email_cannot_sign_in() {
        assertThatThrownBy(() -> userDetails.loadUserByUsername("nobody@clearmind.example"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
