package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import app.attune.test.IntegrationTest;

@IntegrationTest(properties = "attune.mail.poll-interval=100ms")
class ScheduledSendingTest {

    static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    EmailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_scheduled_sender_delivers_an_enqueued_email_on_its_own() throws Exception {
        transactions.executeWithoutResult(status -> outbox.enqueue(new Email("farid@clearmind.example",
                "A message is waiting for you", "Sign in to your clinic's portal to read it.")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
            assertThat(jdbc.sql("select status from outbox_email").query(String.class).single()).isEqualTo("SENT");
        });
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("A message is waiting for you");
    }
}
