package app.attune.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo finds its own database when none is configured: a container when Docker runs,
 * otherwise {@code attune_demo} on the local server, created if missing and kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${attune.demo.provision-database:true}")
class DemoDatabaseConfiguration {

    static final String DATABASE = "attune_demo";

    @Bean
    JdbcConnectionDetails demoDatabase() {
        PostgresServer.Database db;
        if (PostgresServer.dockerAvailable()) {
            var container = PostgresServer.startContainer();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            db = new PostgresServer.Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            try {
                db = PostgresServer.local().createIfMissing(DATABASE);
            } catch (IllegalStateException e) {
                throw new StartupProblem(e.getMessage(), e);
            }
        }
        return db;
    }
}
