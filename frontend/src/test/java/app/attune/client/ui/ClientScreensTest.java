package app.attune.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.client.ClientRow;
import com.vaadin.browserless.SpringBrowserlessTest;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@FrontendTest
class ClientScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClientRow> caseloadGrid() {
        return $(Grid.class).first();
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_searches_the_caseload_ignoring_accents() {
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
    @WithUserDetails("leila@clearmind.example")
    void clicking_a_client_opens_their_page_with_name_status_and_plain_empty_tabs() {
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
    @WithUserDetails("sam@clearmind.example")
    void another_therapists_client_looks_like_a_missing_page() {
        navigate("clients/" + client("zoe@clearmind.example"), Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_open_the_caseload() {
        navigate("clients", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    @WithUserDetails("sam@clearmind.example")
    void a_bad_email_is_shown_on_its_field_and_nothing_is_saved() {
        UUID dan = client("daniel.okafor@example.com");
        navigate("clients/" + dan, Main.class);
        var email = $(EmailField.class).withLabel("Email").single();

        test(email).setValue("dan@nowhere");
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Please enter an email address like name@example.com.");
        assertThat(jdbc.queryForObject("select email from client where id = ?", String.class, dan))
                .isEqualTo("daniel.okafor@example.com");
    }

    @Test
    @WithUserDetails("sam@clearmind.example")
    void a_therapist_creates_a_client_and_lands_on_their_page() {
        navigate(NewClientView.class);
        test($(TextField.class).withLabel("Legal name").single()).setValue("O'Neill Ngọc Anh");
        test($(TextField.class).withLabel("Preferred name").single()).setValue("Anh");
        test($(EmailField.class).withLabel("Email").single()).setValue("anh.oneill@example.org");

        test($(Button.class).withText("Add client").single()).click();

        assertThat(heading()).isEqualTo("Anh");
        assertThat(jdbc.queryForObject(
                        "select count(*) from client where legal_name = ?", Long.class, "O'Neill Ngọc Anh"))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("sam@clearmind.example")
    void discharging_asks_for_a_reason_before_it_happens() {
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
        assertThat(jdbc.queryForObject("select status from client where legal_name = 'Cora Lee'", String.class))
                .isEqualTo("DISCHARGED");
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_admin_sees_no_practices_tab_no_concerns_and_of_notes_only_that_they_exist() {
        navigate("clients/" + client("zoe@clearmind.example"), Main.class);

        assertThat($(Tab.class).all())
                .extracting(Tab::getLabel)
                .containsExactly("Profile", "Appointments", "Notes", "Activity");
        assertThat($(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Presenting concerns")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("farid@clearmind.example")
    void a_client_updates_their_own_phone_in_my_profile() {
        navigate(MyProfileView.class);
        assertThat(heading()).isEqualTo("My profile");

        test($(TextField.class).withLabel("Phone").first()).setValue("902 555 0190");
        test($(Button.class).withText("Save").single()).click();

        assertThat(jdbc.queryForObject(
                        "select phone from client where email = 'farid@clearmind.example'", String.class))
                .isEqualTo("902 555 0190");
    }

    @Test
    @WithUserDetails("farid@clearmind.example")
    void a_client_with_a_bad_phone_number_is_told_on_the_field() {
        navigate(MyProfileView.class);
        var phone = $(TextField.class).withLabel("Phone").first();

        test(phone).setValue("call me");
        test($(Button.class).withText("Save").single()).click();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Please enter a phone number");
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void an_unusable_invitation_link_explains_itself() {
        navigate("invitation/not-a-real-token", Main.class);

        assertThat(heading()).isEqualTo("This link can't be used");
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_admin_adds_a_concern_the_clinic_uses_and_a_blank_one_is_refused() {
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
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_cannot_manage_concerns() {
        navigate("concerns", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }
}
