package app.attune.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestSchedule;
import app.attune.scheduling.availability.WindowKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

@FrontendTest
class ConsultationScreensTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    // This test's own counsellor, who takes consultations every weekday; the booking page lists them by this label.
    private Person therapist;
    private String counsellorLabel;

    @BeforeEach
    void a_counsellor_who_takes_consultations() {
        var schedule = new TestSchedule(context, clinic);
        therapist =
                clinic.therapist("Leila Moradi " + UUID.randomUUID().toString().substring(0, 6));
        counsellorLabel = therapist.name() + ", RCT";
        schedule.weekdaysNineToFive(therapist);
        for (var day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                schedule.window(therapist, WindowKind.CONSULTATION, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
            }
        }
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    /** Chooses this test's counsellor on the booking page, so its times are theirs and not the demo's. */
    private void chooseTheCounsellor() {
        test($(Select.class).withLabel("Counsellor").single()).selectItem(counsellorLabel);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_sees_counsellors_and_days_with_free_times() {
        navigate(BookingView.class);

        // The clinic's name is the shared application's, which the demo names.
        assertThat(heading()).isEqualTo("A free 15-minute consultation at ClearMind Counselling Clinic");
        var counsellor = $(Select.class).withLabel("Counsellor").single();
        assertThat(counsellor.getValue().toString()).contains("First available");
        assertThat($(Select.class).withLabel("Day").single().getValue()).isNotNull();

        chooseTheCounsellor();

        assertThat($(Select.class).withLabel("Day").single().getValue()).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void booking_without_consent_or_with_a_bad_email_is_refused_on_the_fields() {
        navigate(BookingView.class);
        chooseTheCounsellor();
        var firstTime = $(Button.class).all().stream()
                .filter(b -> b.getParent()
                        .map(p -> p.getElement().getClassList().contains("attune-times"))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
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

    /**
     * Picks this test's counsellor's first free time, fills in the form and books; returns the texts the page then
     * shows.
     */
    private List<String> book(String name, String email, String message) {
        // Away first: navigating to the page already shown would keep its confirmation instead of a fresh form.
        navigate("consultation/made-up-token", Main.class);
        navigate(BookingView.class);
        chooseTheCounsellor();
        var firstTime = $(Button.class).all().stream()
                .filter(b -> b.getParent()
                        .map(p -> p.getElement().getClassList().contains("attune-times"))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        test(firstTime).click();
        String chosen = $(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(t -> t.startsWith("You chose"))
                .findFirst()
                .orElseThrow();
        test($(TextField.class).withLabel("Your name").single()).setValue(name);
        test($(EmailField.class).withLabel("Email").single()).setValue(email);
        test($(TextArea.class)
                        .withLabel("Anything you'd like us to know (optional)")
                        .single())
                .setValue(message);
        test($(Checkbox.class).withLabelContaining("I agree").single()).click();
        test($(Button.class).withText("Book my free consultation").single()).click();
        var when = Pattern.compile("You chose (.*) with (.*)\\.").matcher(chosen);
        assertThat(when.matches()).isTrue();
        var texts = new ArrayList<String>();
        texts.add(heading());
        $(Paragraph.class)
                .all()
                .forEach(p -> texts.add(p.getText()
                        .replace(when.group(1), "WHEN")
                        .replace(when.group(2), "WHO")
                        .replace(email, "EMAIL")
                        .replaceAll("[A-Z0-9]{4}-[A-Z0-9]{4}", "REF")));
        return texts;
    }

    @Test
    @WithAnonymousUser
    void the_page_confirms_alike_for_a_new_email_one_already_booked_and_a_clients() {
        String booked = clinic.uniqueEmail("page.booked");
        book("Amal Haddad", booked, "");
        // A client of the clinic's, with no consultation booked.
        String client = clinic.clientOf(therapist, "Minh Nguyen").email();
        long consultations = count("consultation");

        var fresh = book("Amal Haddad", clinic.uniqueEmail("page.new"), "");
        var again = book("Someone Else", booked, "");
        var clients = book("Amal Haddad", client, "");

        assertThat(fresh)
                .containsExactly(
                        "You're booked",
                        "Your free consultation with WHO is on WHEN.",
                        "Your reference is REF.",
                        "We've sent a confirmation to EMAIL, with a calendar file and a private link"
                                + " to cancel or choose another time.");
        assertThat(again).isEqualTo(fresh);
        assertThat(clients).isEqualTo(fresh);
        assertThat(count("consultation")).as("every kind books").isEqualTo(consultations + 3);
    }

    @Test
    @WithAnonymousUser
    void a_name_that_is_not_a_name_and_control_characters_are_refused_on_their_fields_and_nothing_is_stored() {
        long consultations = count("consultation");
        long outbox = count("outbox_email");

        book("www.evil.com", "page.bad@example.org", "Hello\u0000");

        var name = $(TextField.class).withLabel("Your name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Please write your name with letters only");
        var message = $(TextArea.class)
                .withLabel("Anything you'd like us to know (optional)")
                .single();
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).startsWith("Please remove the special characters");
        assertThat(heading()).startsWith("A free 15-minute consultation");
        assertThat(count("consultation")).isEqualTo(consultations);
        assertThat(count("outbox_email")).isEqualTo(outbox);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void a_therapist_sees_the_consultations_page_with_an_empty_state_that_says_what_happens() {
        clinic.signIn(therapist);
        navigate(ConsultationsView.class);

        assertThat(heading()).isEqualTo("Free consultations");
    }

    @Test
    void a_client_cannot_open_the_consultations_page() {
        clinic.signIn(clinic.portalLogin(clinic.clientOf(therapist, "Zoë Tremblay")));
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
