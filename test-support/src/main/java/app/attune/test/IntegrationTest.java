package app.attune.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of the whole application on a real PostgreSQL database: a container when Docker is available, otherwise
 * a throwaway database on the local server, dropped when the tests end.
 * <p>
 * Every test with this annotation shares one application context, so the suite starts as few as it can: the same
 * settings for all ({@code integration-test.properties}), one GreenMail server ({@link TestMailServer}), and one
 * {@link MutableClock} that tests set and that goes back to the system clock after each test. A test that needs a
 * scheduled job to keep still holds it off with {@link ScheduledJobs}. Tests create the rows they need with unique
 * names, so they run in any order beside each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith({TestMailServer.class, SharedTestBeans.ResetAfterEachTest.class})
@SpringBootTest
@Import({TestDatabaseConfiguration.class, StatementCounter.class, SharedTestBeans.class})
@TestPropertySource(locations = "classpath:app/attune/test/integration-test.properties")
public @interface IntegrationTest {

    /** The audit seal key every test context uses (base64, 32 bytes); also in {@code integration-test.properties}. */
    String SEAL_KEY = "dGVzdHMtb25seS1hdWRpdC1zZWFsLWtleS0zMmJ5dGVz";

    /** {@code RANDOM_PORT} for tests that talk HTTP or drive a browser. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** Extra properties for this test's application context; each different set starts another context. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
