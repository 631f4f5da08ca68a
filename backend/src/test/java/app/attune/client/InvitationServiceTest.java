package app.attune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.attune.base.InvalidInputException;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class InvitationServiceTest {

    static final GreenMail mail = TestMailServer.greenMail();

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");
    private static final String GOOD_PASSWORD = "lanterns over the harbour";

    // This test's own therapist (made before each test if missing), not the demo's.
    private static final String LEILA = "leila@invitations.example";

    @Autowired
    InvitationService invitations;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;

    @BeforeEach
    void clinic() {
        clinic = new TestClinic(context);
        leila = clinic.therapistOnce(LEILA, "Leila Moradi");
    }

    /** A new client of Leila's with an email no other test uses. */
    private TestClinic.Client newClient() {
        return clinic.clientOf(leila, "Hana Kaur");
    }

    private String tokenFromEmailTo(String address) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessagesForDomain(address).length > 0);
        var messages = mail.getReceivedMessagesForDomain(address);
        var body = GreenMailUtil.getBody(messages[messages.length - 1]);
        var m = LINK.matcher(body.replace("=\r\n", ""));
        assertThat(m.find()).as("the email carries a link").isTrue();
        return m.group(1);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_client_gets_a_link_by_email_that_carries_no_clinical_detail_and_is_stored_only_as_a_hash() {
        var hana = newClient();
        UUID id = hana.id();

        invitations.invite(id);

        String token = tokenFromEmailTo(hana.email());
        var message = mail.getReceivedMessagesForDomain(hana.email())[0];
        assertThat(GreenMailUtil.getBody(message))
                .contains("Leila Moradi", "ClearMind Counselling Clinic", "72 hours")
                .doesNotContainIgnoringCase("anxiety")
                .doesNotContainIgnoringCase("concern");
        assertThat(jdbc.queryForObject(
                        "select token_hash from portal_invitation where client_id = ?", String.class, id))
                .isEqualTo(app.attune.base.Tokens.hash(token))
                .doesNotContain(token);
        assertThat(clients.get(id).portal()).isEqualTo(ClientDetails.PortalAccess.INVITED);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void setting_a_password_creates_the_portal_login_once_and_the_link_then_explains_itself() {
        var hana = newClient();
        UUID id = hana.id();
        invitations.invite(id);
        String token = tokenFromEmailTo(hana.email());
        assertThat(invitations.check(token)).isEqualTo(new InvitationCheck(InvitationCheck.State.VALID, "Hana Kaur"));

        assertThat(invitations.accept(token, GOOD_PASSWORD)).isEqualTo(hana.email());

        assertThat(jdbc.queryForObject("select role from app_user where email = ?::citext", String.class, hana.email()))
                .isEqualTo("CLIENT");
        assertThat(clients.get(id).portal()).isEqualTo(ClientDetails.PortalAccess.ACTIVE);
        assertThat(invitations.check(token).state()).isEqualTo(InvitationCheck.State.USED);
        assertThatThrownBy(() -> invitations.accept(token, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("already been used"));
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_short_or_common_password_is_refused_and_nothing_is_created() {
        var hana = newClient();
        UUID id = hana.id();
        invitations.invite(id);
        String token = tokenFromEmailTo(hana.email());

        assertThatThrownBy(() -> invitations.accept(token, "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message())
                                .startsWith("Please use at least 12 characters"));
        assertThatThrownBy(() -> invitations.accept(token, "1qaz2wsx3edc"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("too common"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where email = ?::citext", Long.class, hana.email()))
                .isZero();
        assertThat(invitations.check(token).state()).isEqualTo(InvitationCheck.State.VALID);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_expired_link_explains_itself_and_a_resent_one_replaces_the_old() {
        var hana = newClient();
        UUID id = hana.id();
        invitations.invite(id);
        String first = tokenFromEmailTo(hana.email());
        jdbc.update(
                "update portal_invitation set created_at = now() - interval '4 days',"
                        + " expires_at = now() - interval '1 day' where client_id = ?",
                id);
        assertThat(invitations.check(first).state()).isEqualTo(InvitationCheck.State.EXPIRED);
        assertThat(clients.get(id).portal()).isEqualTo(ClientDetails.PortalAccess.INVITATION_EXPIRED);

        invitations.invite(id);

        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessagesForDomain(hana.email()).length == 2);
        String second = tokenFromEmailTo(hana.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.check(first).state()).isEqualTo(InvitationCheck.State.REVOKED);
        assertThat(invitations.check(second).state()).isEqualTo(InvitationCheck.State.VALID);

        invitations.revoke(id);
        assertThat(invitations.check(second).state()).isEqualTo(InvitationCheck.State.REVOKED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where client_id = ? and action like 'INVITE%'",
                        Long.class, id))
                .isEqualTo(3);
    }

    @Test
    @WithUserDetails(value = LEILA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_client_without_an_email_cannot_be_invited() {
        var form = new ClientForm(
                "No Email",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ClientStatus.ACTIVE,
                Set.of(),
                null,
                false);
        UUID id = clients.create(form, null, false);

        assertThatThrownBy(() -> invitations.invite(id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("email"));
    }

    @Test
    void another_therapist_cannot_invite_or_revoke_for_a_client_who_is_not_theirs() {
        UUID fatemeh = clinic.clientOf(leila, "Fatemeh Rahimi").id();
        Person sam = clinic.therapist("Sam Richard");

        assertThatThrownBy(() -> clinic.as(sam, () -> {
                    invitations.invite(fatemeh);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.as(sam, () -> {
                    invitations.revoke(fatemeh);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_invitation where client_id = ?", Long.class, fatemeh))
                .isZero();
    }

    @Test
    void a_client_cannot_send_invitations() {
        UUID fatemeh = clinic.clientOf(leila, "Fatemeh Rahimi").id();
        Person zoe = clinic.portalLogin(clinic.clientOf(leila, "Zoë Tremblay"));

        assertThatThrownBy(() -> clinic.as(zoe, () -> {
                    invitations.invite(fatemeh);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_made_up_link_is_unknown() {
        assertThat(invitations.check("x".repeat(43)).state()).isEqualTo(InvitationCheck.State.UNKNOWN);
        assertThat(invitations.check("").state()).isEqualTo(InvitationCheck.State.UNKNOWN);
    }
}
