package app.attune.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Client;
import app.attune.fixture.TestClinic.Person;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FrontendTest
class RecordsScreensTest extends ScreenTest {

    private Person leila;
    private Client farid;

    @BeforeEach
    void a_therapist_with_a_client() {
        leila = clinic.therapist("Leila Recorded");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    @Test
    void the_therapist_finds_both_downloads_of_the_whole_record_on_the_records_tab() {
        clinic.signIn(leila);
        navigate("clients/" + farid.id(), Main.class);

        test($(TabSheet.class).single()).select("Records");
        assertThat($(Anchor.class).withClassName("attune-export").all())
                .extracting(Anchor::getText)
                .contains("Download the whole record (PDF)", "Download the whole record (JSON)");
    }

    @Test
    void an_admin_has_no_records_tab() {
        clinic.signIn(clinic.admin());
        navigate("clients/" + farid.id(), Main.class);

        assertThat($(Tab.class).all()).extracting(Tab::getLabel).doesNotContain("Records");
        assertThat($(Anchor.class).withText("Download the whole record (PDF)").exists())
                .isFalse();
    }
}
