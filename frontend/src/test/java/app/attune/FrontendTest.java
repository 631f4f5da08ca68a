package app.attune;

import app.attune.test.IntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The frontend's tests all share one running application: the demo clinic on a throwaway database, a real HTTP port
 * for the browser, and a GreenMail server catching its email ({@code TestMailServer}, in test-support). One context keeps the suite fast, and keeps Vaadin's
 * process-wide security context holder belonging to the application under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The mail server, its 200 ms outbox poll and the shared clock come with IntegrationTest.
@IntegrationTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "attune.network.trusted-proxies=" + FrontendTest.TRUSTED_PROXY,
            "logging.file.name=" + FrontendTest.LOG_FILE
        })
@ActiveProfiles("demo")
public @interface FrontendTest {

    /** A loopback address whose X-Forwarded-For Attune believes; tests send from it to act as the proxy. */
    String TRUSTED_PROXY = "127.0.0.254";

    /** Where the application under test logs, so the last test can read what a whole run wrote. */
    String LOG_FILE = "target/frontend-test-run.log";
}
