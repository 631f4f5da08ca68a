package app.attune.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.HttpVisitor;
import app.attune.fixture.TestClinic;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Login CSRF: another site must not be able to sign a visitor's browser into an account of the attacker's choosing.
 * The sign-in form is posted here as plain HTTP, the way a forging page would post it, with the right password.
 */
@FrontendTest
class LoginCsrfTest {

    private static final String PASSWORD = TestClinic.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;

    /** This test's own client with a portal login, whose account the forged posts aim at. */
    private String minh;

    @BeforeEach
    void a_client_with_a_login() {
        clinic = new TestClinic(context);
        minh = clinic.portalLogin(clinic.clientOf(clinic.therapist("Sam Richard"), "Minh Nguyen"))
                .email();
    }

    @AfterEach
    void closeTheAccounts() {
        clinic.closeAccounts();
    }

    private static Map<String, String> form(String... nameValue) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.put(nameValue[i], nameValue[i + 1]);
        }
        return fields;
    }

    private static boolean signedIn(HttpVisitor visitor) throws Exception {
        // A page only a signed-in person may open: anyone else is sent to the sign-in page.
        var account = visitor.get("/account");
        return account.statusCode() == 200;
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("/not-found"))
                .doesNotEndWith("/")
                .doesNotContain("/account");
    }

    @Test
    void a_sign_in_post_without_a_csrf_token_is_refused_even_with_the_right_password() throws Exception {
        try (var visitor = HttpVisitor.from("127.0.2.10", port)) {
            visitor.get("/login");

            var forged = visitor.postForm("/login", form("username", minh, "password", PASSWORD));

            assertRefused(forged);
            assertThat(signedIn(visitor)).isFalse();
        }
    }

    @Test
    void a_sign_in_post_with_a_made_up_or_another_sessions_token_is_refused() throws Exception {
        try (var attacker = HttpVisitor.from("127.0.2.11", port);
                var victim = HttpVisitor.from("127.0.2.12", port)) {
            var attackersToken = attacker.csrfField();
            victim.get("/login");

            var madeUp = victim.postForm(
                    "/login", form("username", minh, "password", PASSWORD, attackersToken.getKey(), "not-a-token"));
            var borrowed = victim.postForm(
                    "/login",
                    form("username", minh, "password", PASSWORD, attackersToken.getKey(), attackersToken.getValue()));

            assertRefused(madeUp);
            assertRefused(borrowed);
            assertThat(signedIn(victim)).isFalse();
        }
    }

    @Test
    void the_same_post_with_the_token_of_the_sign_in_page_signs_in() throws Exception {
        try (var visitor = HttpVisitor.from("127.0.2.13", port)) {
            assertThat(signedIn(visitor)).isFalse();

            var response = visitor.signIn(minh, PASSWORD);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
            assertThat(signedIn(visitor)).isTrue();
        }
    }
}
