package app.attune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.fixture.ClientForms;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class ClientServiceTest {

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private Person sam;

    /** Two therapists of this test's own; each test adds the clients it needs and signs in whom it needs. */
    @BeforeEach
    void two_therapists() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        sam = clinic.therapist("Sam Okafor");
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    private long audits(String action, UUID clientId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, clientId);
    }

    private UUID concern(String code) {
        return jdbc.queryForObject("select id from concern where code = ?", UUID.class, code);
    }

    private static ClientForm form(String legalName, String email) {
        return ClientForms.named(legalName)
                .withDateOfBirth(LocalDate.of(1990, 5, 1))
                .withEmail(email)
                .withPhone("902 555 0199")
                .withPreferredLanguage("English")
                .build();
    }

    /** Leila's Zoë, with two concerns and a portal login. */
    private TestClinic.Client zoe() {
        return clinic.clientOf(
                leila,
                ClientForms.named("Zoë Tremblay")
                        .withPronouns("she/her")
                        .withConcerns(Set.of(concern("anxiety"), concern("relationships"))));
    }

    /** Leila's Farid, with two concerns. */
    private TestClinic.Client farid() {
        return clinic.clientOf(
                leila,
                ClientForms.named("Farid Ahmadi")
                        .withPronouns("he/him")
                        .withConcerns(Set.of(concern("newcomer"), concern("trauma"))));
    }

    /** Sam's Minh, known by a preferred name. */
    private TestClinic.Client minh() {
        return clinic.clientOf(sam, ClientForms.named("Nguyễn Văn Minh").withPreferredName("Minh"));
    }

    /** Leila's caseload of three: Zoë, a prospect known by a preferred name, and an inactive client in grief. */
    private void leilas_caseload() {
        zoe();
        clinic.clientOf(
                leila,
                ClientForms.named("فاطمه رحیمی")
                        .withPreferredName("Fatemeh")
                        .withStatus(ClientStatus.PROSPECT)
                        .withConcerns(Set.of(concern("newcomer"), concern("anxiety"))));
        clinic.clientOf(
                leila,
                ClientForms.named("Aoife O'Brien")
                        .withPhone("902 555 0104")
                        .withStatus(ClientStatus.INACTIVE)
                        .withConcerns(Set.of(concern("grief"))));
    }

    private static ClientQuery text(String text) {
        return new ClientQuery(text, Set.of(), null, null);
    }

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("legalName"));

    @Test
    void a_therapist_sees_only_their_own_caseload() {
        zoe();
        minh();
        clinic.signIn(leila);

        var rows = clients.caseload(ClientQuery.everyone(), FIRST_PAGE);

        assertThat(rows.getContent())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.therapistId()).isEqualTo(leila.id()));
        assertThat(rows.getContent())
                .extracting(ClientRow::name)
                .contains("Zoë Tremblay")
                .doesNotContain("Minh");
        assertThat(clients.count(ClientQuery.everyone())).isEqualTo(rows.getTotalElements());
    }

    @Test
    void a_therapist_cannot_ask_for_another_therapists_caseload() {
        zoe();
        minh();
        clinic.signIn(leila);
        var query = new ClientQuery(null, Set.of(), null, sam.id());

        assertThat(clients.caseload(query, FIRST_PAGE).getContent())
                .allSatisfy(r -> assertThat(r.therapistId()).isEqualTo(leila.id()));
    }

    @Test
    void therapist_cannot_open_another_therapists_client_and_the_attempt_is_audited() {
        UUID minh = minh().id();
        clinic.signIn(leila);
        long before = audits("ACCESS_DENIED", minh);

        assertThatThrownBy(() -> clients.get(minh)).isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", minh)).isEqualTo(before + 1);
    }

    @Test
    void therapist_cannot_change_or_discharge_another_therapists_client() {
        UUID minh = minh().id();
        clinic.signIn(leila);

        assertThatThrownBy(() -> clients.update(minh, 0, form("Changed", null), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.discharge(minh, 0, LocalDate.now(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select legal_name from client where id = ?", String.class, minh))
                .isEqualTo("Nguyễn Văn Minh");
    }

    @Test
    void a_guessed_id_that_does_not_exist_is_refused_like_any_other() {
        clinic.signIn(leila);

        assertThatThrownBy(() -> clients.get(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_cannot_read_the_caseload_or_any_record() {
        var zoe = zoe();
        clinic.signIn(clinic.portalLogin(zoe));

        assertThatThrownBy(() -> clients.caseload(ClientQuery.everyone(), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.get(zoe.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void opening_a_record_is_audited() {
        var zoe = zoe();
        clinic.portalLogin(zoe);
        clinic.signIn(leila);
        long before = audits("VIEW", zoe.id());

        var details = clients.get(zoe.id());

        assertThat(details.displayName()).isEqualTo("Zoë Tremblay");
        assertThat(details.concerns()).extracting(ConcernOption::code).containsExactly("anxiety", "relationships");
        assertThat(details.portal()).isEqualTo(ClientDetails.PortalAccess.ACTIVE);
        assertThat(audits("VIEW", zoe.id())).isEqualTo(before + 1);
    }

    @Test
    void an_admin_sees_every_client_but_no_clinical_content() {
        var zoe = zoe();
        var minh = minh();
        clinic.signIn(clinic.admin());
        int everyone = (int) clients.count(ClientQuery.everyone());

        assertThat(clients.caseload(ClientQuery.everyone(), PageRequest.of(0, everyone, Sort.by("legalName")))
                        .getContent())
                .extracting(ClientRow::id)
                .contains(zoe.id(), minh.id());

        var details = clients.get(zoe.id());

        assertThat(details.concerns()).isNull();
        assertThat(details.form().concernIds()).isEmpty();
        assertThat(details.form().email()).isEqualTo(zoe.email());
    }

    @Test
    void an_admins_save_keeps_the_concerns_the_therapist_set() {
        UUID farid = farid().id();
        clinic.signIn(clinic.admin());
        var before = clients.get(farid);

        clients.update(farid, before.version(), before.form(), false);

        assertThat(jdbc.queryForObject("select count(*) from client_concern where client_id = ?", Long.class, farid))
                .isEqualTo(2);
    }

    @Test
    void an_admin_can_filter_by_therapist_and_reassign_a_client() {
        UUID id = clinic.clientOf(sam, "Priya Sharma").id();
        clinic.signIn(clinic.admin());
        clients.reassign(id, leila.id());

        var leilas = clients.caseload(new ClientQuery("priya", Set.of(), null, leila.id()), FIRST_PAGE);
        assertThat(leilas.getContent()).extracting(ClientRow::therapistName).containsExactly("Leila Moradi");

        clients.reassign(id, sam.id());
        assertThat(audits("REASSIGN", id)).isEqualTo(2);
    }

    @Test
    void a_therapist_cannot_reassign_clients() {
        UUID priya = clinic.clientOf(sam, "Priya Sharma").id();
        clinic.signIn(sam);

        assertThatThrownBy(() -> clients.reassign(priya, leila.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_client_joins_the_therapists_caseload_and_is_audited() {
        clinic.signIn(sam);

        UUID id = clients.create(form("Jonah Wells", clinic.uniqueEmail("jonah.wells")), null, false);

        assertThat(clients.caseload(text("jonah"), FIRST_PAGE).getContent())
                .extracting(ClientRow::id)
                .containsExactly(id);
        assertThat(audits("CREATE", id)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        clinic.signIn(sam);
        long before = jdbc.queryForObject("select count(*) from client", Long.class);
        var bad = ClientForms.named("   ")
                .withDateOfBirth(LocalDate.now().plusDays(1))
                .withEmail("ana@nodomain")
                .withPhone("12")
                .withEmergencyPhone("call me")
                .withEmailConsent(false)
                .build();

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
    void a_birth_date_implying_an_age_over_120_is_refused_with_a_plain_message() {
        clinic.signIn(sam);
        var old = ClientForms.named("Old Person")
                .withDateOfBirth(LocalDate.now().minusYears(121))
                .withEmailConsent(false)
                .build();

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
    void a_name_over_its_length_limit_is_refused() {
        clinic.signIn(sam);

        assertThatThrownBy(() -> clients.create(form("x".repeat(201), null), null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("legalName", "Please keep this to 200 characters or fewer.")));
    }

    @Test
    void a_duplicate_email_in_the_own_caseload_is_named_and_may_be_saved_anyway() {
        String shouted = zoe().email().toUpperCase(java.util.Locale.ROOT);
        clinic.signIn(leila);

        assertThatThrownBy(() -> clients.create(form("Zoe T", shouted), null, false))
                .isInstanceOfSatisfying(
                        DuplicateEmailWarning.class,
                        w -> assertThat(w.existingName()).isEqualTo("Zoë Tremblay"));

        UUID id = clients.create(form("Zoe T", shouted), null, true);
        assertThat(id).isNotNull();
    }

    @Test
    void a_duplicate_email_in_another_caseload_warns_without_naming_that_client() {
        String daniels = clinic.clientOf(sam, "Daniel Okafor").email();
        clinic.signIn(leila);

        assertThatThrownBy(() -> clients.create(form("Someone", daniels), null, false))
                .isInstanceOfSatisfying(
                        DuplicateEmailWarning.class,
                        w -> assertThat(w.existingName()).isNull());
    }

    @Test
    void the_second_of_two_simultaneous_edits_is_told_and_nothing_of_it_is_saved() {
        clinic.signIn(sam);
        String email = clinic.uniqueEmail("ruth.baker");
        UUID id = clients.create(form("Ruth Baker", email), null, false);
        var opened = clients.get(id);

        clients.update(id, opened.version(), form("Ruth Baker-Smith", email), false);

        assertThatThrownBy(() -> clients.update(id, opened.version(), form("Ruth B.", email), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(clients.get(id).legalName()).isEqualTo("Ruth Baker-Smith");
    }

    @Test
    void search_ignores_case_accents_and_apostrophes_in_any_script() {
        leilas_caseload();
        clinic.signIn(leila);

        assertThat(names("zoe")).containsExactly("Zoë Tremblay");
        assertThat(names("ZOË")).containsExactly("Zoë Tremblay");
        assertThat(names("obrien")).containsExactly("Aoife O'Brien");
        assertThat(names("O'Brien")).containsExactly("Aoife O'Brien");
        assertThat(names("فاطمه")).containsExactly("Fatemeh");
        assertThat(names("555 0104")).containsExactly("Aoife O'Brien");
        assertThat(names("100%")).isEmpty();
    }

    @Test
    void a_vietnamese_name_is_found_without_its_diacritics() {
        minh();
        clinic.signIn(sam);

        assertThat(names("nguyen van")).containsExactly("Minh");
    }

    @Test
    void filters_by_status_and_concern_narrow_the_list() {
        leilas_caseload();
        clinic.signIn(leila);

        assertThat(clients.caseload(new ClientQuery(null, Set.of(ClientStatus.PROSPECT), null, null), FIRST_PAGE)
                        .getContent())
                .extracting(ClientRow::name)
                .containsExactly("Fatemeh");
        UUID grief = concern("grief");
        assertThat(clients.caseload(new ClientQuery(null, Set.of(), grief, null), FIRST_PAGE)
                        .getContent())
                .extracting(ClientRow::name)
                .containsExactly("Aoife O'Brien");
    }

    @Test
    void discharging_needs_a_date_and_a_reason_and_is_audited() {
        clinic.signIn(sam);
        UUID id = clients.create(form("Leo Martin", clinic.uniqueEmail("leo.martin")), null, false);
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
                values ('No Date', 'DISCHARGED', ?, 'reason')""", sam.id())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_client_sees_and_edits_only_their_own_contact_details() {
        clinic.signIn(clinic.portalLogin(zoe()));

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
    void a_clients_bad_phone_number_is_refused_on_its_field() {
        clinic.signIn(clinic.portalLogin(farid()));
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
    void a_therapist_has_no_my_profile() {
        clinic.signIn(leila);

        assertThatThrownBy(() -> clients.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> names(String text) {
        return clients.caseload(text(text), FIRST_PAGE).getContent().stream()
                .map(ClientRow::name)
                .toList();
    }
}
