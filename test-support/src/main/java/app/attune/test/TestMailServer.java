package app.attune.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * A real SMTP server (GreenMail) for the application under test, started once before the first test that needs it.
 * Its port reaches the application as the system property {@code attune.test.smtp-port}, set before Spring reads
 * its configuration, so Spring Boot's mail sender exists from the start.
 */
public class TestMailServer implements BeforeAllCallback {

    private static @Nullable GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        greenMail();
    }

    /** The running server; tests read what it received. */
    public static synchronized GreenMail greenMail() {
        if (server == null) {
            int port = TestSocketUtils.findAvailableTcpPort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("attune.test.smtp-port", Integer.toString(port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
