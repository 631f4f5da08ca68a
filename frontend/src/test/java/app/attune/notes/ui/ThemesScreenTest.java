package app.attune.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.notes.ThemeCategory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class ThemesScreenTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sees_the_taxonomy_by_category_and_adds_a_theme() {
        clinic.signIn(clinic.admin());
        navigate(ThemesView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Barriers", "Self-regulation", "Modality");

        @SuppressWarnings("unchecked")
        Select<ThemeCategory> category = $(Select.class).single();
        test(category).selectItem("Signs of healthy co-regulation");
        test($(TextField.class).withLabel("Theme").single()).setValue("Shared laughter");
        test($(TextField.class).withLabel("What it means").single()).setValue("Finding lightness together.");
        test($(Button.class).withText("Add").single()).click();

        assertThat(jdbc.queryForObject(
                        "select count(*) from theme where name = 'Shared laughter' and category = 'SIGN'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_blank_name_shows_on_its_field_and_nothing_is_added() {
        clinic.signIn(clinic.admin());
        navigate(ThemesView.class);
        long before = jdbc.queryForObject("select count(*) from theme", Long.class);

        test($(Button.class).withText("Add").single()).click();

        var name = $(TextField.class).withLabel("Theme").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please give the theme a name of 1 to 60 characters.");
        assertThat(jdbc.queryForObject("select count(*) from theme", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_therapist_cannot_open_the_themes_screen() {
        clinic.signIn(clinic.therapist("Leila Themed"));
        navigate("themes", Main.class);

        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
