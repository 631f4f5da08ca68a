package app.attune.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailTest {

    private static final byte[] ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes();

    @Test
    void a_plain_address_with_a_domain_is_accepted_and_stripped() {
        assertThat(new Email(" sam@clearmind.example ", "Hello", "Text").to()).isEqualTo("sam@clearmind.example");
    }

    @Test
    void an_address_without_a_domain_a_display_name_or_spaces_is_refused() {
        for (String to : new String[] {
            null,
            "",
            "sam",
            "sam@",
            "sam@clearmind",
            "@clearmind.example",
            "Sam <sam@clearmind.example>",
            "sam smith@clearmind.example",
            "a@b@clearmind.example"
        }) {
            assertThatThrownBy(() -> new Email(to, "Hello", "Text"))
                    .as(to)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An email needs an address with a domain, like name@example.com.");
        }
    }

    @Test
    void a_subject_must_be_present_short_and_on_one_line() {
        assertThatThrownBy(() -> new Email("sam@clearmind.example", null, "Text"))
                .hasMessage("An email needs a subject.");
        assertThatThrownBy(() -> new Email("sam@clearmind.example", "x".repeat(301), "Text"))
                .hasMessage("An email subject can have at most 300 characters.");
        assertThatThrownBy(() -> new Email("sam@clearmind.example", "Hello\r\nBcc: someone@example.com", "Text"))
                .hasMessage("An email subject needs to fit on one line.");
        assertThat(new Email("sam@clearmind.example", "é".repeat(300), "Text").subject())
                .hasSize(300);
    }

    @Test
    void the_text_must_be_present_and_at_most_a_hundred_thousand_characters() {
        assertThatThrownBy(() -> new Email("sam@clearmind.example", "Hello", " \n "))
                .hasMessage("An email needs some text.");
        assertThatThrownBy(() -> new Email("sam@clearmind.example", "Hello", "x".repeat(100_001)))
                .hasMessage("An email's text can have at most 100000 characters.");
    }

    @Test
    void an_attachment_needs_a_plain_name_a_content_type_and_at_most_a_megabyte() {
        assertThatThrownBy(() -> new Email.Attachment("../appointment.ics", "text/calendar", ICS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain file name");
        assertThatThrownBy(() -> new Email.Attachment("appointment.ics", "calendar", ICS))
                .hasMessage("An attachment needs a content type, like text/calendar.");
        assertThatThrownBy(() -> new Email.Attachment("appointment.ics", "text/calendar", new byte[0]))
                .hasMessage("An attachment needs some content.");
        assertThatThrownBy(() -> new Email.Attachment("appointment.ics", "text/calendar", new byte[1_048_577]))
                .hasMessage("An attachment can be at most 1 MB.");
    }

    @Test
    void an_attachment_keeps_its_own_copy_of_the_bytes() {
        byte[] bytes = ICS.clone();
        var attachment = new Email.Attachment("appointment.ics", "text/calendar", bytes);

        bytes[0] = 'X';
        attachment.content()[1] = 'X';

        assertThat(attachment.content()).isEqualTo(ICS);
        assertThat(attachment).isEqualTo(new Email.Attachment("appointment.ics", "text/calendar", ICS));
    }

    @Test
    void its_string_form_leaves_out_the_address_and_the_words() {
        var email = new Email(
                "zoe@clearmind.example",
                "Zoë's appointment",
                "Hello Zoë",
                new Email.Attachment("zoe.ics", "text/calendar", ICS));

        assertThat(email.toString()).doesNotContain("zoe").doesNotContain("Zoë");
    }
}
