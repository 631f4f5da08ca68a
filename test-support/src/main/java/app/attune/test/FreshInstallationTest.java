package app.attune.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as a clinic first starts it: an empty database, no demo, the first admin given by the
 * environment, and no mail server yet. The one context besides {@link IntegrationTest}'s, for the tests that are
 * about a fresh installation and so can't share the demo clinic; they share this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SharedTestBeans.ResetAfterEachTest.class)
@SpringBootTest(
        properties = {
            "attune.audit.seal-key=" + IntegrationTest.SEAL_KEY,
            "attune.admin.email=" + FreshInstallationTest.ADMIN_EMAIL,
            "attune.admin.password=" + FreshInstallationTest.ADMIN_PASSWORD
        })
@Import({TestDatabaseConfiguration.class, StatementCounter.class, SharedTestBeans.class})
public @interface FreshInstallationTest {

    /** The first admin's email, as the operator sets it. */
    String ADMIN_EMAIL = "owner@clinic.example";

    /** The first admin's password, as the operator sets it. */
    String ADMIN_PASSWORD = "harbour lights at dusk";
}
