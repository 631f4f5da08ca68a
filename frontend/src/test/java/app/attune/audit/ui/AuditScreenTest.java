package app.attune.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.audit.AuditEntry;
import app.attune.test.StatementCounter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@FrontendTest
class AuditScreenTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    private void signInAsAdmin() {
        clinic.signIn(clinic.admin());
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $(Grid.class).single();
    }

    private long events(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
    }

    @Test
    void opening_the_audit_log_is_itself_audited_and_lists_the_newest_event_first() {
        signInAsAdmin();
        long before = events("AUDIT_VIEW");

        navigate(AuditView.class);

        assertThat(events("AUDIT_VIEW")).isEqualTo(before + 1);
        assertThat($(H1.class).first().getText()).isEqualTo("Audit log");
        assertThat(test(grid()).getRow(0).action()).isEqualTo("AUDIT_VIEW");
    }

    @Test
    void filtering_by_client_and_action_narrows_the_list_and_the_count() {
        // A name no other client has, so the filter picks this client and no other.
        String name = "Zoë Tremblay " + UUID.randomUUID().toString().substring(0, 6);
        UUID zoe = clinic.clientOf(clinic.therapist("Leila Audited"), name).id();
        signInAsAdmin();
        jdbc.update(
                "insert into audit_event (actor_role, action, client_id, record_type) values ('SYSTEM', 'DISCHARGE', ?, 'client')",
                zoe);
        navigate(AuditView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Object> client = $(ComboBox.class).withLabel("Client").single();
        test(client).selectItem(name);
        @SuppressWarnings("unchecked")
        ComboBox<Object> what = $(ComboBox.class).withLabel("What").single();
        test(what).selectItem("Discharged the client");

        long expected = jdbc.queryForObject(
                "select count(*) from audit_event where client_id = ? and action = 'DISCHARGE'", Long.class, zoe);
        assertThat(test(grid()).size()).isEqualTo((int) expected);
        assertThat($(Span.class).withClassName("attune-count").single().getText())
                .isEqualTo(expected == 1 ? "1 event" : expected + " events");
        for (int i = 0; i < expected; i++) {
            assertThat(test(grid()).getRow(i).clientId()).isEqualTo(zoe);
        }
    }

    @Test
    void check_the_chain_says_the_log_is_intact_with_its_row_count() {
        signInAsAdmin();
        navigate(AuditView.class);

        test($(Button.class).withText("Check the chain").single()).click();

        var result = $(Paragraph.class).withClassName("attune-chain-result").single();
        assertThat(result.getText()).startsWith("The audit log is intact: all ").contains(" rows link to");
        assertThat(result.getElement().getAttribute("data-intact")).isEqualTo("true");
    }

    private long statementsToOpen() {
        navigate("clinic", Main.class);
        return StatementCounter.countOnThisThread(() -> {
            navigate(AuditView.class);
            test(grid()).size();
        });
    }

    @Test
    void the_audit_log_screen_runs_a_fixed_number_of_statements_whatever_the_number_of_events() {
        var leila = clinic.therapist("Leila Audited");
        signInAsAdmin();
        statementsToOpen();
        long few = statementsToOpen();
        jdbc.update("""
                insert into audit_event (actor_id, actor_role, action, client_id, record_type)
                select u.id, 'THERAPIST', 'VIEW', c.id, 'client' from app_user u cross join client c
                cross join generate_series(1, 5) where u.id = ?""", leila.id());

        long many = statementsToOpen();

        assertThat(many).isEqualTo(few).isGreaterThanOrEqualTo(4);
    }

    /**
     * A row a newer version wrote, with an action and a record type this one doesn't know. The database's CHECK keeps
     * such values out, so the test drops it inside its own transaction, which rolls back, constraint and row alike.
     */
    @Test
    @Transactional
    void a_row_with_an_action_this_version_does_not_know_is_listed_by_its_stored_name() {
        signInAsAdmin();
        jdbc.execute("alter table audit_event drop constraint audit_event_action_known, "
                + "drop constraint audit_event_record_type_known");
        jdbc.update("""
                insert into audit_event (actor_role, action, record_type, detail)
                values ('SYSTEM', 'FROM_A_NEWER_VERSION', 'hologram', 'written by a newer Attune')""");

        navigate(AuditView.class);

        var rows = test(grid());
        int found = -1;
        for (int i = 0; i < rows.size() && found < 0; i++) {
            if ("FROM_A_NEWER_VERSION".equals(rows.getRow(i).action())) {
                found = i;
            }
        }
        assertThat(found).as("the row from a newer version is listed").isNotNegative();
        assertThat(rows.getCellText(found, 2))
                .isEqualTo("Something this version of Attune doesn't name (FROM_A_NEWER_VERSION)");
        assertThat(rows.getCellText(found, 4)).isEqualTo("hologram");
    }

    @Test
    void a_therapist_cannot_open_the_audit_log() {
        clinic.signIn(clinic.therapist("Leila Audited"));
        navigate("audit", Main.class);

        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
