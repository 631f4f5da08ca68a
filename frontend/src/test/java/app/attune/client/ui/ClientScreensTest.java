package app.attune.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.client.ClientForm;
import app.attune.client.ClientRow;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class ClientScreensTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientService clients;

    private Person leila;
    private Person sam;
    private TestClinic.Client zoe;
    private TestClinic.Client farid;
    private TestClinic.Client daniel;

    /** Two therapists of this test's own: Leila with four clients (Farid has pronouns), Sam with one. */
    @BeforeEach
    void build_the_clinic() {
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clientWithPronouns(leila, "Farid Ahmadi", "he/him");
        clinic.clientOf(leila, "Minh Nguyen");
        clinic.clientOf(leila, "Priya Sharma");
        sam = clinic.therapist("Sam Whitfield");
        daniel = clinic.clientOf(sam, "Daniel Okafor");
    }

    /** An active client of the therapist's with pronouns, created by the therapist through the client service. */
    private TestClinic.Client clientWithPronouns(Person therapist, String name, String pronouns) {
        String email = clinic.uniqueEmail("client");
        var form = new ClientForm(
                name,
                null,
                pronouns,
                LocalDate.of(1988, 2, 3),
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
        UUID id = clinic.as(therapist, () -> clients.create(form, null, true));
        return new TestClinic.Client(id, email, name, therapist);
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClientRow> caseloadGrid() {
        return $(Grid.class).first();
    }

    @Test
    void a_therapist_searches_the_caseload_ignoring_accents() {
        clinic.signIn(leila);
        navigate(CaseloadView.class);
        assertThat($(Span.class).withClassName("attune-count").single().getText())
                .isEqualTo("4 clients");

        test($(TextField.class).withLabel("Search").single()).setValue("zoe");

        assertThat($(Span.class).withClassName("attune-count").single().getText())
                .isEqualTo("1 client");
        assertThat(test(caseloadGrid()).size()).isEqualTo(1);
        assertThat(test(caseloadGrid()).getRow(0).name()).isEqualTo("Zoë Tremblay");
    }

    @Test
    void clicking_a_client_opens_their_page_with_name_status_and_plain_empty_tabs() {
        clinic.signIn(leila);
        navigate(CaseloadView.class);
        test($(TextField.class).withLabel("Search").single()).setValue("farid");
        test(caseloadGrid()).clickRow(0);

        assertThat(heading()).isEqualTo("Farid Ahmadi");
        assertThat($(Span.class).withText("he/him").exists()).isTrue();
        assertThat($(Span.class).withText("Active").exists()).isTrue();
        assertThat($(Tab.class).all())
                .extracting(Tab::getLabel)
                .containsExactly("Profile", "Appointments", "Notes", "Practices", "Records", "Activity");
    }

    @Test
    void another_therapists_client_looks_like_a_missing_page() {
        clinic.signIn(sam);
        navigate("clients/" + zoe.id(), Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    void a_client_cannot_open_the_caseload() {
        clinic.signIn(clinic.portalLogin(zoe));
        navigate("clients", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    void a_bad_email_is_shown_on_its_field_and_nothing_is_saved() {
        clinic.signIn(sam);
        navigate("clients/" + daniel.id(), Main.class);
        var email = $(EmailField.class).withLabel("Email").single();

        test(email).setValue("dan@nowhere");
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Please enter an email address like name@example.com.");
        assertThat(jdbc.queryForObject("select email from client where id = ?", String.class, daniel.id()))
                .isEqualTo(daniel.email());
    }

    @Test
    void a_therapist_creates_a_client_and_lands_on_their_page() {
        clinic.signIn(sam);
        navigate(NewClientView.class);
        test($(TextField.class).withLabel("Legal name").single()).setValue("O'Neill Ngọc Anh");
        test($(TextField.class).withLabel("Preferred name").single()).setValue("Anh");
        test($(EmailField.class).withLabel("Email").single()).setValue("anh.oneill@example.org");

        test($(Button.class).withText("Add client").single()).click();

        assertThat(heading()).isEqualTo("Anh");
        assertThat(jdbc.queryForObject(
                        "select count(*) from client where legal_name = ? and primary_therapist_id = ?",
                        Long.class,
                        "O'Neill Ngọc Anh",
                        sam.id()))
                .isEqualTo(1);
    }

    @Test
    void discharging_asks_for_a_reason_before_it_happens() {
        clinic.signIn(sam);
        navigate(NewClientView.class);
        test($(TextField.class).withLabel("Legal name").single()).setValue("Cora Lee");
        test($(Button.class).withText("Add client").single()).click();

        test($(Button.class).withText("Discharge").first()).click();
        var dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Discharge").single()).click();
        var reason = $(TextArea.class, dialog).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Please give a short reason.");

        test(reason).setValue("Finished our work together.");
        test($(Button.class, dialog).withText("Discharge").single()).click();

        assertThat($(Span.class).withText("Discharged").exists()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select status from client where legal_name = 'Cora Lee' and primary_therapist_id = ?",
                        String.class,
                        sam.id()))
                .isEqualTo("DISCHARGED");
    }

    @Test
    void an_admin_sees_no_practices_tab_no_concerns_and_of_notes_only_that_they_exist() {
        clinic.signIn(clinic.admin());
        navigate("clients/" + zoe.id(), Main.class);

        assertThat($(Tab.class).all())
                .extracting(Tab::getLabel)
                .containsExactly("Profile", "Appointments", "Notes", "Activity");
        assertThat($(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Presenting concerns")
                        .exists())
                .isFalse();
    }

    @Test
    void a_client_updates_their_own_phone_in_my_profile() {
        clinic.signIn(clinic.portalLogin(farid));
        navigate(MyProfileView.class);
        assertThat(heading()).isEqualTo("My profile");

        test($(TextField.class).withLabel("Phone").first()).setValue("902 555 0190");
        test($(Button.class).withText("Save").single()).click();

        assertThat(jdbc.queryForObject("select phone from client where id = ?", String.class, farid.id()))
                .isEqualTo("902 555 0190");
    }

    @Test
    void a_client_with_a_bad_phone_number_is_told_on_the_field() {
        clinic.signIn(clinic.portalLogin(farid));
        navigate(MyProfileView.class);
        var phone = $(TextField.class).withLabel("Phone").first();

        test(phone).setValue("call me");
        test($(Button.class).withText("Save").single()).click();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Please enter a phone number");
    }

    @Test
    void an_unusable_invitation_link_explains_itself() {
        clinic.signIn(clinic.portalLogin(zoe));
        navigate("invitation/not-a-real-token", Main.class);

        assertThat(heading()).isEqualTo("This link can't be used");
    }

    @Test
    void an_admin_adds_a_concern_the_clinic_uses_and_a_blank_one_is_refused() {
        clinic.signIn(clinic.admin());
        navigate(ConcernsView.class);
        var name = $(TextField.class).withLabel("New concern").single();

        test($(Button.class).withText("Add").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please give the concern a name of 1 to 60 characters.");

        test(name).setValue("Workplace conflict");
        test($(Button.class).withText("Add").single()).click();

        assertThat(jdbc.queryForObject("select code from concern where name = 'Workplace conflict'", String.class))
                .isEqualTo("workplace-conflict");
    }

    @Test
    void a_therapist_cannot_manage_concerns() {
        clinic.signIn(leila);
        navigate("concerns", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }
}
