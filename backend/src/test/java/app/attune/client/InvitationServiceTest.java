package app.attune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.attune.base.InvalidInputException;
import app.attune.test.IntegrationTest;
import app.attune.test.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class InvitationServiceTest {

    static final GreenMail mail = TestMailServer.greenMail();

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");
    private static final String GOOD_PASSWORD = "lanterns over the harbour";

    @Autowired
    InvitationService invitations;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private UUID newClient(String email) {
        var form = new ClientForm(
                "Hana Kaur",
                null,
                null,
                LocalDate.of(1993, 2, 2),
                email,
                null,
                null,
                null,
                null,
                null,
                null,
                ClientStatus.ACTIVE,
                Set.of(),
                null,
                true);
        return clients.create(form, null, true);
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
    @WithUserDetails("leila@clearmind.example")
    void the_client_gets_a_link_by_email_that_carries_no_clinical_detail_and_is_stored_only_as_a_hash() {
        UUID id = newClient("hana.one@example.org");

        invitations.invite(id);

        String token = tokenFromEmailTo("hana.one@example.org");
        var message = mail.getReceivedMessagesForDomain("hana.one@example.org")[0];
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
    @WithUserDetails("leila@clearmind.example")
    void setting_a_password_creates_the_portal_login_once_and_the_link_then_explains_itself() {
        UUID id = newClient("hana.two@example.org");
        invitations.invite(id);
        String token = tokenFromEmailTo("hana.two@example.org");
        assertThat(invitations.check(token)).isEqualTo(new InvitationCheck(InvitationCheck.State.VALID, "Hana Kaur"));

        assertThat(invitations.accept(token, GOOD_PASSWORD)).isEqualTo("hana.two@example.org");

        assertThat(jdbc.queryForObject("select role from app_user where email = 'hana.two@example.org'", String.class))
                .isEqualTo("CLIENT");
        assertThat(clients.get(id).portal()).isEqualTo(ClientDetails.PortalAccess.ACTIVE);
        assertThat(invitations.check(token).state()).isEqualTo(InvitationCheck.State.USED);
        assertThatThrownBy(() -> invitations.accept(token, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("already been used"));
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_short_or_common_password_is_refused_and_nothing_is_created() {
        UUID id = newClient("hana.three@example.org");
        invitations.invite(id);
        String token = tokenFromEmailTo("hana.three@example.org");

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
                        "select count(*) from app_user where email = 'hana.three@example.org'", Long.class))
                .isZero();
        assertThat(invitations.check(token).state()).isEqualTo(InvitationCheck.State.VALID);
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void an_expired_link_explains_itself_and_a_resent_one_replaces_the_old() {
        UUID id = newClient("hana.four@example.org");
        invitations.invite(id);
        String first = tokenFromEmailTo("hana.four@example.org");
        jdbc.update(
                "update portal_invitation set created_at = now() - interval '4 days',"
                        + " expires_at = now() - interval '1 day' where client_id = ?",
                id);
        assertThat(invitations.check(first).state()).isEqualTo(InvitationCheck.State.EXPIRED);
        assertThat(clients.get(id).portal()).isEqualTo(ClientDetails.PortalAccess.INVITATION_EXPIRED);

        invitations.invite(id);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> mail.getReceivedMessagesForDomain("hana.four@example.org").length == 2);
        String second = tokenFromEmailTo("hana.four@example.org");
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
    @WithUserDetails("leila@clearmind.example")
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
    @WithUserDetails("sam@clearmind.example")
    void another_therapist_cannot_invite_or_revoke_for_a_client_who_is_not_theirs() {
        UUID fatemeh =
                jdbc.queryForObject("select id from client where email = 'fatemeh.rahimi@example.com'", UUID.class);

        assertThatThrownBy(() -> invitations.invite(fatemeh)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.revoke(fatemeh)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_invitation where client_id = ?", Long.class, fatemeh))
                .isZero();
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_send_invitations() {
        UUID fatemeh =
                jdbc.queryForObject("select id from client where email = 'fatemeh.rahimi@example.com'", UUID.class);

        assertThatThrownBy(() -> invitations.invite(fatemeh)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_made_up_link_is_unknown() {
        assertThat(invitations.check("x".repeat(43)).state()).isEqualTo(InvitationCheck.State.UNKNOWN);
        assertThat(invitations.check("").state()).isEqualTo(InvitationCheck.State.UNKNOWN);
    }
}
