package app.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.test.FreshInstallationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start of a clinic's own installation: the context that has no demo (see FreshInstallationTest). */
@FreshInstallationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    static final String PASSWORD = FreshInstallationTest.ADMIN_PASSWORD;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AttuneUserDetailsService userDetails;

    @Test
    void the_first_start_creates_the_admin_from_the_environment_with_a_hashed_password() {
        var admin = users.findByEmail("owner@clinic.example").orElseThrow();

        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void the_email_is_found_whatever_its_case() {
        assertThat(userDetails.loadUserByUsername(" Owner@Clinic.EXAMPLE ").getUsername())
                .isEqualTo("owner@clinic.example");
    }

    @Test
    void without_the_demo_profile_no_demo_data_is_loaded() {
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByEmail("leila@clearmind.example")).isEmpty();
    }

    @Test
    void the_password_never_reaches_the_log(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }
}
