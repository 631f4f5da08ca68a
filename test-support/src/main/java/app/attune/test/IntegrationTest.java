package app.attune.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of the whole application on a real PostgreSQL database: a container when Docker is available, otherwise
 * a throwaway database on the local server, dropped when the tests end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import({TestDatabaseConfiguration.class, StatementCounter.class})
// A fixed seal key for the audit log, so tests run the way production does (the demo's published key is refused
// there); it seals throwaway databases only.
@TestPropertySource(properties = "attune.audit.seal-key=" + IntegrationTest.SEAL_KEY)
public @interface IntegrationTest {

    /** The audit seal key every test context uses (base64, 32 bytes). */
    String SEAL_KEY = "dGVzdHMtb25seS1hdWRpdC1zZWFsLWtleS0zMmJ5dGVz";

    /** {@code RANDOM_PORT} for tests that talk HTTP or drive a browser. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** Extra properties for this test's application context. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
