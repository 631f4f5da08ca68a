package app.attune.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other frontend test (see junit-platform.properties) and reads the application's log of the whole
 * run: sign-ins, bookings, invitations, notes, practices, emails. No demo client's name or email may be in it, since
 * logs travel to places health records must not.
 */
@FrontendTest
@Order(Integer.MAX_VALUE)
class LogPrivacyTest {

    static final List<String> PERSONAL = List.of(
            "Zoë Tremblay",
            "zoe@clearmind.example",
            "Farid Ahmadi",
            "farid@clearmind.example",
            "Nguyễn Văn Minh",
            "minh@clearmind.example",
            "Daniel Okafor",
            "daniel.okafor@example.com",
            "Marie-Ève Landry",
            "marie-eve.landry@example.com",
            "Priya Sharma",
            "priya.sharma@example.com",
            "Aoife O'Brien",
            "aoife.obrien@example.com",
            "فاطمه رحیمی",
            "fatemeh.rahimi@example.com");

    @Test
    void the_application_log_of_the_whole_run_holds_no_clients_names_or_emails() throws IOException {
        String whole = Files.readString(Path.of(FrontendTest.LOG_FILE), StandardCharsets.UTF_8);
        // The file grows across local runs; this run's part starts where the application last started.
        int start = Math.max(0, whole.lastIndexOf("Starting service [Tomcat]"));
        String log = whole.substring(start);

        assertThat(log).as("the log was written").contains("Started ");
        assertThat(PERSONAL)
                .allSatisfy(p -> assertThat(log).as("the log mentions %s", p).doesNotContain(p));
    }
}
