package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.test.FreshInstallationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An installation whose operator hasn't set a mail server yet: the fresh installation's context has none. */
@FreshInstallationTest
@ExtendWith(OutputCaptureExtension.class)
class WithoutMailServerTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EmailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void without_a_mail_server_there_is_no_sender_and_emails_wait_in_the_outbox() {
        transactions.executeWithoutResult(status -> outbox.enqueue(new Email(
                "minh@clearmind.example",
                "A message is waiting for you",
                "Sign in to your clinic's portal to read it.")));

        assertThat(context.getBeanProvider(OutboxSender.class).getIfAvailable()).isNull();
        assertThat(jdbc.sql("select status from outbox_email")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void a_warning_at_startup_says_what_to_set(CapturedOutput output) throws Exception {
        // Run again here: the context may have started, and logged, before this test began capturing.
        context.getBean("noMailServerWarning", ApplicationRunner.class).run(null);

        assertThat(output.getAll())
                .contains("WARN")
                .contains("No mail server is set: emails wait in the outbox until SPRING_MAIL_HOST is set.");
    }
}
