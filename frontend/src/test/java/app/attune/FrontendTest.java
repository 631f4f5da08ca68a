package app.attune;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import app.attune.test.IntegrationTest;


/**
 * The frontend's tests all share one running application: the demo clinic on a throwaway database, a real HTTP port
 * for the browser, and a GreenMail server catching its email. One context keeps the suite fast, and keeps Vaadin's
 * process-wide security context holder belonging to the application under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestMailServer.class)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"attune.mail.poll-interval=200ms",
        "spring.mail.host=127.0.0.1", "spring.mail.port=${attune.test.smtp-port}",
        "attune.network.trusted-proxies=" + FrontendTest.TRUSTED_PROXY, "logging.file.name=" + FrontendTest.LOG_FILE,
        // GreenMail stands in for the clinic's mail server and names each mailbox it creates; it isn't Attune.
        "logging.level.com.icegreen.greenmail=WARN"})
@ActiveProfiles("demo")
public @interface FrontendTest {

    /** A loopback address whose X-Forwarded-For Attune believes; tests send from it to act as the proxy. */
    String TRUSTED_PROXY = "127.0.0.254";

    /** Where the application under test logs, so the last test can read what a whole run wrote. */
    String LOG_FILE = "target/frontend-test-run.log";
}
