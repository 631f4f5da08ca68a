package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class OutboxSenderTest {

    @Test
    void the_wait_starts_at_a_minute_doubles_and_never_exceeds_an_hour() {
        assertThat(OutboxSender.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backOff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxSender.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backOff(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void an_error_is_kept_as_one_short_line() {
        var error = OutboxSender.oneLine(new MailSendException("451 try again later\r\n" + "x".repeat(600)));

        assertThat(error)
                .startsWith("MailSendException: 451 try again later x")
                .doesNotContain("\n")
                .hasSize(500);
    }
}
