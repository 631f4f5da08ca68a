package app.attune.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Person;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@FrontendTest
class SignedInScreensTest extends ScreenTest {

    private Person therapist() {
        return clinic.therapist("Leila Signedin");
    }

    private Person client() {
        return clinic.portalLogin(clinic.clientOf(therapist(), "Zoë Tremblay"));
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    @Test
    void a_therapist_lands_on_today_and_sees_only_therapist_entries() {
        var leila = therapist();
        clinic.signIn(leila);
        navigate("", Main.class);
        assertThat(currentPath()).isEqualTo("today");
        assertThat(heading()).isEqualTo("Good to see you, " + leila.name());
        assertThat(menu())
                .containsExactly("Today", "Clients", "Calendar", "Notes", "Availability", "Consultations", "Practices");
    }

    @Test
    void a_client_lands_in_my_space_and_sees_only_client_entries() {
        clinic.signIn(client());
        navigate("", Main.class);
        assertThat(currentPath()).isEqualTo("my-space");
        assertThat(heading()).isEqualTo("Welcome, Zoë Tremblay");
        assertThat(menu()).containsExactly("My space", "My sessions", "My practices", "My profile");
    }

    @Test
    void an_admin_lands_on_the_clinic_page() {
        clinic.signIn(clinic.admin());
        navigate("", Main.class);
        assertThat(currentPath()).isEqualTo("clinic");
        assertThat(heading()).isEqualTo("ClearMind Counselling Clinic");
        assertThat(menu())
                .containsExactly(
                        "Clinic",
                        "Clients",
                        "Calendar",
                        "Availability",
                        "Consultations",
                        "Practices",
                        "Concerns",
                        "Themes",
                        "Audit log",
                        "Retention");
    }

    @Test
    void a_client_cannot_open_the_therapists_today_page() {
        clinic.signIn(client());
        navigate("today", Main.class);
        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    @Test
    void page_titles_are_translated_and_name_the_clinic() {
        clinic.signIn(therapist());
        navigate("today", Main.class);
        roundTrip();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Today · ClearMind Counselling Clinic");
    }

    @Test
    void an_unknown_address_shows_a_friendly_page() {
        clinic.signIn(therapist());
        navigate("no-such-page", Main.class);
        assertThat(heading()).isEqualTo("We couldn't find that page");
    }

    // The visitor's page lists the demo clinic's therapists: the accounts the fixtures make are closed after each test.
    @Test
    @WithAnonymousUser
    void a_visitor_sees_the_clinic_and_its_therapists() {
        navigate("", Main.class);
        assertThat(heading()).isEqualTo("ClearMind Counselling Clinic");
        assertThat($(H3.class).all())
                .extracting(h -> h.getText())
                .containsExactly("Leila Moradi, RCT, CCC", "Sam Richard, RCT");
    }
}
