package app.attune;

import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.util.ClassUtils;

/**
 * A second instance of the backend beside the shared {@link IntegrationTest} context, as a load balancer would put
 * two in front of one database: another application context in the same JVM, on the same database, with the same
 * settings, the same mail server and the same {@link MutableClock}, so a test moves both instances' time at once.
 * It is the one context the two-instance tests add, started the first time one asks for it and closed when the JVM
 * ends.
 *
 * @see "docs/decisions/019-one-database-many-instances.md"
 */
public final class SecondInstance {

    private static @Nullable ConfigurableApplicationContext second;
    private static @Nullable MutableClock sharedClock;

    private SecondInstance() {}

    /** The second instance beside {@code first}, on its database. */
    public static synchronized ApplicationContext beside(ApplicationContext first) {
        if (second == null) {
            var database = first.getBean(JdbcConnectionDetails.class);
            sharedClock = first.getBean(MutableClock.class);
            var args = new ArrayList<String>();
            args.add("--spring.datasource.url=" + database.getJdbcUrl());
            args.add("--spring.datasource.username=" + database.getUsername());
            args.add("--spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""));
            args.add("--attune.audit.seal-key=" + IntegrationTest.SEAL_KEY);
            args.add("--spring.mail.host=127.0.0.1");
            args.add("--spring.mail.port=" + first.getEnvironment().getRequiredProperty("spring.mail.port"));
            args.add("--attune.mail.poll-interval=200ms");
            args.add("--logging.level.com.icegreen.greenmail=WARN");
            var started = new SpringApplicationBuilder(TestBackendApplication.class, SameClock.class)
                    .web(WebApplicationType.NONE)
                    // Boot's own filter, as in every test context: the tests' configurations (another database,
                    // another clock) stay out of the second instance's component scan.
                    .initializers(context -> context.getBeanFactory()
                            .registerSingleton(TypeExcludeFilter.class.getName(), testTypeExcludeFilter()))
                    .run(args.toArray(String[]::new));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            second = started;
        }
        return second;
    }

    private static TypeExcludeFilter testTypeExcludeFilter() {
        try {
            return (TypeExcludeFilter) BeanUtils.instantiateClass(ClassUtils.forName(
                    "org.springframework.boot.test.context.filter.TestTypeExcludeFilter",
                    SecondInstance.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first instance's clock, so that setting it moves both. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SameClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return Objects.requireNonNull(sharedClock, "set before the second instance starts");
        }
    }
}
