package app.attune.notification;

import jakarta.mail.internet.AddressException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The sender exists only when there is a {@link JavaMailSender}, which Spring Boot creates when
 * {@code spring.mail.host} is set; without one, emails wait in the outbox. This is an auto-configuration, listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}, because only then is it evaluated after Boot's mail
 * auto-configuration, which {@code @ConditionalOnBean} needs to see the mail sender.
 */
@AutoConfiguration(after = MailSenderAutoConfiguration.class)
class OutboxSenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboxSenderConfiguration.class);

    @Bean
    @ConditionalOnBean(JavaMailSender.class)
    OutboxSender outboxSender(
            OutboxEmailRepository outbox, JavaMailSender mailSender, OutboxProperties properties, Clock clock)
            throws AddressException {
        return new OutboxSender(outbox, mailSender, properties, clock);
    }

    @Bean
    @ConditionalOnMissingBean(JavaMailSender.class)
    ApplicationRunner noMailServerWarning() {
        return args -> log.warn("No mail server is set: emails wait in the outbox until SPRING_MAIL_HOST is set.");
    }
}
