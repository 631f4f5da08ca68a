package app.attune.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs each scheduled job on one instance at a time, however many share the database: a method marked
 * {@code @SchedulerLock} first takes its row in V017's {@code shedlock} table, and an instance that finds the row
 * taken skips that run. Lock times come from the database's clock ({@code usingDbTime()}), so instances whose clocks
 * disagree still agree on when a lock ends; a holder that dies mid-run holds it at most until its
 * {@code lockAtMostFor} has passed.
 *
 * <p>Only the scheduled entry points carry the lock. The methods they call ({@code sendDue()}, {@code walk()}) stay
 * unlocked, so a test or a screen that calls them runs them at once.
 *
 * @see "Design decision: docs/decisions/019-one-database-many-instances.md"
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledJobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
