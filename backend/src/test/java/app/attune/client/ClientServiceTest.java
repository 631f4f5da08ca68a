package app.attune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.test.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class ClientServiceTest {

    private static final String LEILA = "leila@clearmind.example";
    private static final String SAM = "sam@clearmind.example";
    private static final String ADMIN = "admin@clearmind.example";
    private static final String ZOE = "zoe@clearmind.example";

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private UUID clientId(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    private UUID userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?::citext", UUID.class, email);
    }

    private long audits(String action, UUID clientId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, clientId);
    }

    private static ClientForm form(String legalName, String email) {
        return new ClientForm(
                legalName,
                null,
                null,
                LocalDate.of(1990, 5, 1),
                email,
                "902 555 0199",
                null,
                "English",
                null,
                null,
                null,
                ClientStatus.ACTIVE,
                Set.of(),
                null,
                true);
    }

    private static ClientQuery text(String text) {
        return new ClientQuery(text, Set.of(), null, null);
    }

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("legalName"));

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_sees_only_their_own_caseload() {
        var rows = clients.caseload(ClientQuery.everyone(), FIRST_PAGE);

        assertThat(rows.getContent())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.therapistId()).isEqualTo(userId(LEILA)));
        assertThat(rows.getContent())
                .extracting(ClientRow::name)
                .contains("Zoë Tremblay")
                .doesNotContain("Minh");
        assertThat(clients.count(ClientQuery.everyone())).isEqualTo(rows.getTotalElements());
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_cannot_ask_for_another_therapists_caseload() {
        var query = new ClientQuery(null, Set.of(), null, userId(SAM));

        assertThat(clients.caseload(query, FIRST_PAGE).getContent())
                .allSatisfy(r -> assertThat(r.therapistId()).isEqualTo(userId(LEILA)));
    }

    @Test
    @WithUserDetails(LEILA)
    void therapist_cannot_open_another_therapists_client_and_the_attempt_is_audited() {
        UUID minh = clientId("minh@clearmind.example");
        long before = audits("ACCESS_DENIED", minh);

        assertThatThrownBy(() -> clients.get(minh)).isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", minh)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(LEILA)
    void therapist_cannot_change_or_discharge_another_therapists_client() {
        UUID minh = clientId("minh@clearmind.example");

        assertThatThrownBy(() -> clients.update(minh, 0, form("Changed", null), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.discharge(minh, 0, LocalDate.now(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select legal_name from client where id = ?", String.class, minh))
                .isEqualTo("Nguyễn Văn Minh");
    }

    @Test
    @WithUserDetails(LEILA)
    void a_guessed_id_that_does_not_exist_is_refused_like_any_other() {
        assertThatThrownBy(() -> clients.get(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_cannot_read_the_caseload_or_any_record() {
        assertThatThrownBy(() -> clients.caseload(ClientQuery.everyone(), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.get(clientId(ZOE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(LEILA)
    void opening_a_record_is_audited() {
        UUID zoe = clientId(ZOE);
        long before = audits("VIEW", zoe);

        var details = clients.get(zoe);

        assertThat(details.displayName()).isEqualTo("Zoë Tremblay");
        assertThat(details.concerns()).extracting(ConcernOption::code).containsExactly("anxiety", "relationships");
        assertThat(details.portal()).isEqualTo(ClientDetails.PortalAccess.ACTIVE);
        assertThat(audits("VIEW", zoe)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(ADMIN)
    void an_admin_sees_every_client_but_no_clinical_content() {
        assertThat(clients.caseload(ClientQuery.everyone(), FIRST_PAGE).getContent())
                .extracting(ClientRow::name)
                .contains("Zoë Tremblay", "Minh");

        var zoe = clients.get(clientId(ZOE));

        assertThat(zoe.concerns()).isNull();
        assertThat(zoe.form().concernIds()).isEmpty();
        assertThat(zoe.form().email()).isEqualTo(ZOE);
    }

    @Test
    @WithUserDetails(ADMIN)
    void an_admins_save_keeps_the_concerns_the_therapist_set() {
        UUID farid = clientId("farid@clearmind.example");
        var before = clients.get(farid);

        clients.update(farid, before.version(), before.form(), false);

        assertThat(jdbc.queryForObject("select count(*) from client_concern where client_id = ?", Long.class, farid))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails(ADMIN)
    void an_admin_can_filter_by_therapist_and_reassign_a_client() {
        UUID id = clientId("priya.sharma@example.com");
        clients.reassign(id, userId(LEILA));

        var leilas = clients.caseload(new ClientQuery("priya", Set.of(), null, userId(LEILA)), FIRST_PAGE);
        assertThat(leilas.getContent()).extracting(ClientRow::therapistName).containsExactly("Leila Moradi");

        clients.reassign(id, userId(SAM));
        assertThat(audits("REASSIGN", id)).isEqualTo(2);
    }

    @Test
    @WithUserDetails(SAM)
    void a_therapist_cannot_reassign_clients() {
        assertThatThrownBy(() -> clients.reassign(clientId("priya.sharma@example.com"), userId(LEILA)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(SAM)
    void a_new_client_joins_the_therapists_caseload_and_is_audited() {
        UUID id = clients.create(form("Jonah Wells", "jonah.wells@example.org"), null, false);

        assertThat(clients.caseload(text("jonah"), FIRST_PAGE).getContent())
                .extracting(ClientRow::id)
                .containsExactly(id);
        assertThat(audits("CREATE", id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(SAM)
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        long before = jdbc.queryForObject("select count(*) from client", Long.class);
        var bad = new ClientForm(
                "   ",
                null,
                null,
                LocalDate.now().plusDays(1),
                "ana@nodomain",
                "12",
                null,
                null,
                null,
                "call me",
                null,
                ClientStatus.ACTIVE,
                Set.of(),
                null,
                false);

        assertThatThrownBy(() -> clients.create(bad, null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "legalName", "dateOfBirth", "email", "phone", "emergencyPhone"));
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isEqualTo(before);
    }

    @Test
    @WithUserDetails(SAM)
    void a_birth_date_implying_an_age_over_120_is_refused_with_a_plain_message() {
        var old = new ClientForm(
                "Old Person",
                null,
                null,
                LocalDate.now().minusYears(121),
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

        assertThatThrownBy(() -> clients.create(old, null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem(
                                                "dateOfBirth",
                                                "Please check the date of birth: it would make the person over 120 years old.")));
    }

    @Test
    @WithUserDetails(SAM)
    void a_name_over_its_length_limit_is_refused() {
        assertThatThrownBy(() -> clients.create(form("x".repeat(201), null), null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("legalName", "Please keep this to 200 characters or fewer.")));
    }

    @Test
    @WithUserDetails(LEILA)
    void a_duplicate_email_in_the_own_caseload_is_named_and_may_be_saved_anyway() {
        assertThatThrownBy(() -> clients.create(form("Zoe T", "ZOE@clearmind.example"), null, false))
                .isInstanceOfSatisfying(
                        DuplicateEmailWarning.class,
                        w -> assertThat(w.existingName()).isEqualTo("Zoë Tremblay"));

        UUID id = clients.create(form("Zoe T", "ZOE@clearmind.example"), null, true);
        assertThat(id).isNotNull();
    }

    @Test
    @WithUserDetails(LEILA)
    void a_duplicate_email_in_another_caseload_warns_without_naming_that_client() {
        assertThatThrownBy(() -> clients.create(form("Someone", "daniel.okafor@example.com"), null, false))
                .isInstanceOfSatisfying(
                        DuplicateEmailWarning.class,
                        w -> assertThat(w.existingName()).isNull());
    }

    @Test
    @WithUserDetails(SAM)
    void the_second_of_two_simultaneous_edits_is_told_and_nothing_of_it_is_saved() {
        UUID id = clients.create(form("Ruth Baker", "ruth.baker@example.org"), null, false);
        var opened = clients.get(id);

        clients.update(id, opened.version(), form("Ruth Baker-Smith", "ruth.baker@example.org"), false);

        assertThatThrownBy(() -> clients.update(id, opened.version(), form("Ruth B.", "ruth.baker@example.org"), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(clients.get(id).legalName()).isEqualTo("Ruth Baker-Smith");
    }

    @Test
    @WithUserDetails(LEILA)
    void search_ignores_case_accents_and_apostrophes_in_any_script() {
        assertThat(names("zoe")).containsExactly("Zoë Tremblay");
        assertThat(names("ZOË")).containsExactly("Zoë Tremblay");
        assertThat(names("obrien")).containsExactly("Aoife O'Brien");
        assertThat(names("O'Brien")).containsExactly("Aoife O'Brien");
        assertThat(names("فاطمه")).containsExactly("Fatemeh");
        assertThat(names("555 0104")).containsExactly("Aoife O'Brien");
        assertThat(names("100%")).isEmpty();
    }

    @Test
    @WithUserDetails(SAM)
    void a_vietnamese_name_is_found_without_its_diacritics() {
        assertThat(names("nguyen van")).containsExactly("Minh");
    }

    @Test
    @WithUserDetails(LEILA)
    void filters_by_status_and_concern_narrow_the_list() {
        assertThat(clients.caseload(new ClientQuery(null, Set.of(ClientStatus.PROSPECT), null, null), FIRST_PAGE)
                        .getContent())
                .extracting(ClientRow::name)
                .containsExactly("Fatemeh");
        UUID grief = jdbc.queryForObject("select id from concern where code = 'grief'", UUID.class);
        assertThat(clients.caseload(new ClientQuery(null, Set.of(), grief, null), FIRST_PAGE)
                        .getContent())
                .extracting(ClientRow::name)
                .containsExactly("Aoife O'Brien");
    }

    @Test
    @WithUserDetails(SAM)
    void discharging_needs_a_date_and_a_reason_and_is_audited() {
        UUID id = clients.create(form("Leo Martin", "leo.martin@example.org"), null, false);
        long version = clients.get(id).version();

        assertThatThrownBy(() -> clients.discharge(id, version, null, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("dischargeDate", "dischargeReason"));

        clients.discharge(id, version, LocalDate.now(), "Moved away; referred on.");

        var details = clients.get(id);
        assertThat(details.status()).isEqualTo(ClientStatus.DISCHARGED);
        assertThat(details.dischargeDate()).isEqualTo(LocalDate.now());
        assertThat(audits("DISCHARGE", id)).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_discharged_client_without_a_discharge_date() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into client (legal_name, status, primary_therapist_id, discharge_reason)
                values ('No Date', 'DISCHARGED', ?, 'reason')""", userId(SAM))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails(ZOE)
    void a_client_sees_and_edits_only_their_own_contact_details() {
        var mine = clients.myProfile();
        assertThat(mine.legalName()).isEqualTo("Zoë Tremblay");
        assertThat(mine.therapistName()).isEqualTo("Leila Moradi");

        var c = mine.contact();
        clients.updateMyContact(
                new MyContactForm(c.email(), "+1 902 555 0111", "Luc Tremblay", "902 555 0112", "brother"),
                mine.version());

        var after = clients.myProfile().contact();
        assertThat(after.phone()).isEqualTo("+1 902 555 0111");
        assertThat(after.emergencyName()).isEqualTo("Luc Tremblay");
    }

    @Test
    @WithUserDetails("farid@clearmind.example")
    void a_clients_bad_phone_number_is_refused_on_its_field() {
        var mine = clients.myProfile();
        var c = mine.contact();

        assertThatThrownBy(() -> clients.updateMyContact(
                        new MyContactForm(c.email(), "phone me", null, null, null), mine.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("phone"));
    }

    @Test
    @WithUserDetails(LEILA)
    void a_therapist_has_no_my_profile() {
        assertThatThrownBy(() -> clients.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> names(String text) {
        return clients.caseload(text(text), FIRST_PAGE).getContent().stream()
                .map(ClientRow::name)
                .toList();
    }
}
