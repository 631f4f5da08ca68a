package app.attune.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduling for the outbox sender. It lives here, not in {@link OutboxSenderConfiguration}, because
 * Spring Boot's task scheduler is only set up when scheduling is enabled before the auto-configurations run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class NotificationConfiguration {}
