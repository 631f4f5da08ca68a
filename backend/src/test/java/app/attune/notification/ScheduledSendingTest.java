package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.attune.test.IntegrationTest;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

// The shared context sends every 200 ms (integration-test.properties).
@IntegrationTest
@ActiveProfiles("demo")
class ScheduledSendingTest {

    static final GreenMail greenMail = TestMailServer.greenMail();

    @Autowired
    EmailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_scheduled_sender_delivers_an_enqueued_email_on_its_own() throws Exception {
        // An address of this test's own: the shared server and outbox also hold other tests' emails.
        String to = "scheduled." + UUID.randomUUID() + "@example.org";
        transactions.executeWithoutResult(status -> outbox.enqueue(
                new Email(to, "A message is waiting for you", "Sign in to your clinic's portal to read it.")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(greenMail.getReceivedMessagesForDomain(to)).hasSize(1);
            assertThat(jdbc.sql("select status from outbox_email where to_address = :to")
                            .param("to", to)
                            .query(String.class)
                            .single())
                    .isEqualTo("SENT");
        });
        assertThat(greenMail.getReceivedMessagesForDomain(to)[0].getSubject())
                .isEqualTo("A message is waiting for you");
    }
}
