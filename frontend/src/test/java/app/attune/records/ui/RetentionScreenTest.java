package app.attune.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Person;
import app.attune.records.PastRetention;
import app.attune.test.StatementCounter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class RetentionScreenTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    private final List<UUID> created = new ArrayList<>();

    // The therapist of this test's discharged clients.
    private Person sam;

    @BeforeEach
    void a_therapist() {
        sam = clinic.therapist("Sam Retained");
    }

    /** The frontend tests share one database: records this test made and didn't purge go, so others never see them. */
    @AfterEach
    void purgeWhatIsLeft() {
        created.stream()
                .filter(id -> clientRows(id) > 0)
                .forEach(id -> jdbc.queryForList("select * from purge_client(?)", id));
    }

    /**
     * A client discharged eleven years ago, with concerns but no appointments, notes or practices. No service
     * discharges a client in the past, so the row is written directly, on this test's own therapist's caseload.
     */
    private UUID dischargedLongAgo(String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into client (id, legal_name, status, discharge_date, discharge_reason, primary_therapist_id)
                values (?, ?, 'DISCHARGED', ?, 'Moved away', ?)""", id, name, LocalDate.now(ZoneId.of("America/Halifax")).minusYears(11), sam.id());
        jdbc.update("""
                insert into client_concern (client_id, concern_id)
                select ?, id from concern where code = 'stress-burnout'""", id);
        created.add(id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private Grid<PastRetention> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(UUID client) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).clientId().equals(client)) {
                return i;
            }
        }
        return -1;
    }

    private long clientRows(UUID client) {
        return jdbc.queryForObject("select count(*) from client where id = ?", Long.class, client);
    }

    @Test
    void an_admin_sees_the_period_and_the_records_past_it_with_their_dates() {
        clinic.signIn(clinic.admin());
        UUID client = dischargedLongAgo("Rhea Retained");

        navigate(RetentionView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Record retention");
        assertThat($(IntegerField.class)
                        .withLabel("Keep records for (years)")
                        .single()
                        .getValue())
                .isEqualTo(10);
        int row = rowOf(client);
        assertThat(row).isNotNegative();
        assertThat(test(grid()).getCellText(row, 0)).isEqualTo("Rhea Retained");
        assertThat(test(grid()).getCellText(row, 2)).isEqualTo("None");
        assertThat(grid().getEmptyStateText()).startsWith("No records are past the retention period.");
        long past = jdbc.queryForObject("select count(*) from client_retention where past_retention", Long.class);
        assertThat($(Span.class).withClassName("attune-count").single().getText())
                .isEqualTo(
                        past == 1 ? "1 record past the retention period" : past + " records past the retention period");
    }

    @Test
    void the_purge_dialog_explains_what_goes_refuses_a_wrong_name_on_its_field_then_removes_the_record() {
        clinic.signIn(clinic.admin());
        UUID client = dischargedLongAgo("Silas Purged");
        navigate(RetentionView.class);

        test((Button) test(grid()).getCellComponent(rowOf(client), 4)).click();
        var dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Remove the record of Silas Purged?");
        assertThat($(ListItem.class, dialog).all())
                .extracting(ListItem::getText)
                .contains("no appointments, with their session and consultation details");
        var confirmation = $(TextField.class, dialog)
                .withLabel("Type the client's legal name to confirm: Silas Purged")
                .single();
        var remove = $(Button.class, dialog).withText("Remove the record").single();

        test(confirmation).setValue("Silas");
        test(remove).click();

        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage())
                .isEqualTo("That doesn't match the name on the record. Please type it exactly as shown above.");
        assertThat(clientRows(client)).isOne();

        test(confirmation).setValue("Silas Purged");
        test(remove).click();

        assertThat(clientRows(client)).isZero();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rowOf(client)).isNegative();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'RECORD_PURGED' and client_id = ?",
                        Long.class,
                        client))
                .isOne();
    }

    @Test
    void a_period_of_zero_years_shows_on_its_field_and_nothing_changes() {
        clinic.signIn(clinic.admin());
        navigate(RetentionView.class);
        var years = $(IntegerField.class).withLabel("Keep records for (years)").single();
        years.setMin(0);

        test(years).setValue(0);
        test($(Button.class).withText("Save").single()).click();

        assertThat(years.isInvalid()).isTrue();
        assertThat(years.getErrorMessage()).isEqualTo("Please choose a whole number of years from 1 to 100.");
        assertThat(jdbc.queryForObject("select record_retention_years from clinic", Integer.class))
                .isEqualTo(10);
    }

    @Test
    void the_clinic_page_says_how_long_records_are_kept_and_links_to_the_review() {
        clinic.signIn(clinic.admin());
        navigate("clinic", Main.class);

        assertThat($(Anchor.class)
                        .withText("Review records past that time")
                        .single()
                        .getHref())
                .isEqualTo("retention");
    }

    private long statementsToOpen() {
        navigate("clinic", Main.class);
        return StatementCounter.countOnThisThread(() -> {
            navigate(RetentionView.class);
            test(grid()).size();
        });
    }

    @Test
    void the_retention_screen_runs_a_fixed_number_of_statements_whatever_the_number_of_records() {
        clinic.signIn(clinic.admin());
        statementsToOpen();
        long few = statementsToOpen();
        for (int i = 1; i <= 30; i++) {
            dischargedLongAgo("Budget retention " + i);
        }

        long many = statementsToOpen();

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
    }

    @Test
    void a_therapist_cannot_open_the_retention_screen() {
        clinic.signIn(sam);
        navigate("retention", Main.class);

        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
