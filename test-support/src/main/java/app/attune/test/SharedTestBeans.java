package app.attune.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The beans every test context shares, so that no test needs a context of its own: one clock that tests set and
 * that is put back after each test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedTestBeans {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Puts the clock back on the system clock, and resumes any scheduled job a test held off, after each test. */
    public static class ResetAfterEachTest implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            var application = SpringExtension.getApplicationContext(context);
            application.getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
            ScheduledJobs.resumeAll(application);
        }
    }
}
