package app.attune.base;

import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClinicProperties.class)
class BaseConfiguration {

    /** Times are stored in UTC; each screen converts to the clinic's zone. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Order(0)
    ApplicationRunner createClinicIfMissing(ClinicService clinics) {
        return args -> clinics.createIfMissing();
    }
}
