package app.attune.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import app.attune.FrontendTest;

@FrontendTest
class ConsultationScreensTest extends SpringBrowserlessTest {

    private String heading() {
        return $(H1.class).first().getText();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_sees_counsellors_and_days_with_free_times() {
        navigate(BookingView.class);

        assertThat(heading()).isEqualTo("A free 15-minute consultation at ClearMind Counselling Clinic");
        var counsellor = $(Select.class).withLabel("Counsellor").single();
        assertThat(counsellor.getValue().toString()).contains("First available");
        assertThat($(Select.class).withLabel("Day").single().getValue()).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void booking_without_consent_or_with_a_bad_email_is_refused_on_the_fields() {
        navigate(BookingView.class);
        var firstTime = $(Button.class).all().stream()
                .filter(b -> b.getParent().map(p -> p.getElement().getClassList().contains("attune-times")).orElse(false))
                .findFirst().orElseThrow();
        test(firstTime).click();

        test($(TextField.class).withLabel("Your name").single()).setValue("Test Person");
        test($(EmailField.class).withLabel("Email").single()).setValue("test@nowhere");
        test($(Button.class).withText("Book my free consultation").single()).click();

        var email = $(EmailField.class).withLabel("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Please enter an email address like name@example.com.");
        var consent = $(Checkbox.class).withLabelContaining("I agree").single();
        assertThat(consent.isInvalid()).isTrue();
        assertThat(heading()).startsWith("A free 15-minute consultation");
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_sees_the_consultations_page_with_an_empty_state_that_says_what_happens() {
        navigate(ConsultationsView.class);

        assertThat(heading()).isEqualTo("Free consultations");
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_open_the_consultations_page() {
        navigate("consultations", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    @WithAnonymousUser
    void a_made_up_private_link_explains_itself() {
        navigate("consultation/made-up-token", Main.class);

        assertThat(heading()).isEqualTo("We couldn't find this consultation");
    }
}
