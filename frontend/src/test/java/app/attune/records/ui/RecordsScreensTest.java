package app.attune.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@FrontendTest
class RecordsScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void the_therapist_finds_both_downloads_of_the_whole_record_on_the_records_tab() {
        navigate("clients/" + client("farid@clearmind.example"), Main.class);

        test($(TabSheet.class).single()).select("Records");
        assertThat($(Anchor.class).withClassName("attune-export").all())
                .extracting(Anchor::getText)
                .contains("Download the whole record (PDF)", "Download the whole record (JSON)");
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_admin_has_no_records_tab() {
        navigate("clients/" + client("farid@clearmind.example"), Main.class);

        assertThat($(Tab.class).all()).extracting(Tab::getLabel).doesNotContain("Records");
        assertThat($(Anchor.class).withText("Download the whole record (PDF)").exists())
                .isFalse();
    }
}
