package app.attune;

import app.attune.fixture.TestClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browserless screen test with a clinic of its own ({@link TestClinic}), built afresh for each test. Afterwards it
 * signs out and closes the clinic's accounts: the frontend's tests share one application, whose landing page and
 * public booking list show every enabled therapist. A subclass carries {@link FrontendTest} itself.
 */
public abstract class ScreenTest extends SpringBrowserlessTest {

    @Autowired
    protected ApplicationContext context;

    /** This test's own clinic; a subclass's {@code @BeforeEach} runs after it is made. */
    protected TestClinic clinic;

    @BeforeEach
    final void aClinicOfItsOwn() {
        clinic = new TestClinic(context);
    }

    @AfterEach
    final void signOutAndCloseTheClinic() {
        SecurityContextHolder.clearContext();
        clinic.closeAccounts();
    }
}
