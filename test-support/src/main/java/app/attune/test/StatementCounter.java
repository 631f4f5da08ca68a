package app.attune.test;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, so tests can prove a screen's or a service's statement count
 * doesn't grow with the data (no N+1). Counts, never timings.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final ThreadLocal<long[]> ON_THIS_THREAD = ThreadLocal.withInitial(() -> new long[1]);

    /** How many statements {@code work} sent to the database. */
    public static long count(Runnable work) {
        long before = STATEMENTS.get();
        work.run();
        return STATEMENTS.get() - before;
    }

    /**
     * How many statements {@code work} sent from the calling thread, leaving out what background jobs (the outbox
     * sender, reminders) send meanwhile, so a screen's count is exact even while they run.
     */
    public static long countOnThisThread(Runnable work) {
        long before = ON_THIS_THREAD.get()[0];
        work.run();
        return ON_THIS_THREAD.get()[0] - before;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .afterQuery((info, queries) -> {
                                STATEMENTS.addAndGet(queries.size());
                                ON_THIS_THREAD.get()[0] += queries.size();
                            })
                            .build();
                }
                return bean;
            }
        };
    }
}
