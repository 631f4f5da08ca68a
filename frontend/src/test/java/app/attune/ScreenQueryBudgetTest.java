package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestPractices;
import app.attune.test.StatementCounter;
import com.vaadin.flow.component.html.Main;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each screen sends a fixed number of statements to the database, whatever the data: the same with 10 rows as with
 * 1,000, and within its budget. Counts, not timings: a screen whose count grows with the rows has an N+1 query.
 */
@FrontendTest
class ScreenQueryBudgetTest extends ScreenTest {

    static final int CASELOAD = 12;
    static final int CLIENT_PAGE = 25;
    static final int CALENDAR_WEEK = 20;
    static final int NOTES_SEARCH = 12;
    static final int MY_PRACTICES = 9;

    @Autowired
    JdbcTemplate jdbc;

    private Person leila;
    private Person sam;
    private TestClinic.Client zoe;

    /**
     * Two therapists of this test's own, Leila with a client, Zoë; each test signs in whom it needs and adds the rows
     * it counts with.
     */
    @BeforeEach
    void build_the_clinic() {
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        sam = clinic.therapist("Sam Whitfield");
    }

    @AfterEach
    void removeTheExtraRows() {
        jdbc.update("delete from completion where assignment_id in"
                + " (select id from assignment where note = 'Budget practice')");
        jdbc.update("delete from assignment where note = 'Budget practice'");
        jdbc.update("delete from session_note_section where note_id in (select id from session_note"
                + " where template = 'FREE' and session_date = date '2019-01-01')");
        jdbc.update("delete from session_note where template = 'FREE' and session_date = date '2019-01-01'");
        jdbc.update("delete from appointment where starts_at < timestamptz '2020-01-01'");
        jdbc.update("delete from client where legal_name like 'Budget client %'");
    }

    private UUID zoe() {
        return zoe.id();
    }

    /** The statements of opening a screen afresh, its first page of rows included. */
    private long screen(String route, String... query) {
        return screenFrom("today", route, query);
    }

    private long screenFrom(String start, String route, String... query) {
        navigate(start, Main.class);
        return StatementCounter.countOnThisThread(() -> {
            if (query.length == 0) {
                navigate(route, Main.class);
            } else {
                com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .navigate(route, com.vaadin.flow.router.QueryParameters.of(query[0], query[1]));
            }
            roundTrip();
        });
    }

    private void clients(int n) {
        jdbc.update(
                "insert into client (legal_name, status, primary_therapist_id) select 'Budget client ' || g,"
                        + " 'ACTIVE', ? from generate_series(1, ?) g",
                sam.id(),
                n);
    }

    private void pastAppointments(UUID client, int n) {
        // An hour apart, years ago: they never overlap each other or anything booked now.
        jdbc.update(
                "insert into appointment (therapist_id, kind, status, starts_at, ends_at, client_id)"
                        + " select c.primary_therapist_id, 'SESSION', 'COMPLETED', timestamptz '2015-01-01' + g * interval '1 hour',"
                        + " timestamptz '2015-01-01' + g * interval '1 hour' + interval '50 minutes', c.id"
                        + " from client c, generate_series(1, ?) g where c.id = ?",
                n,
                client);
    }

    private void notes(UUID client, int n) {
        jdbc.update(
                "insert into session_note (client_id, therapist_id, template, session_date)"
                        + " select c.id, c.primary_therapist_id, 'FREE', date '2019-01-01' from client c,"
                        + " generate_series(1, ?) g where c.id = ?",
                n,
                client);
    }

    @Test
    void the_caseload_stays_within_its_budget_with_10_clients_and_with_1000() {
        clinic.signIn(sam);
        clients(10);
        long few = screen("clients");
        clients(90);
        long hundred = screen("clients");
        clients(900);
        long many = screen("clients");

        assertThat(few).isLessThanOrEqualTo(CASELOAD);
        // Past the first page the grid asks for its second page once; beyond that the count never grows.
        assertThat(many).isEqualTo(hundred).isLessThanOrEqualTo(CASELOAD);
    }

    @Test
    void the_client_page_costs_the_same_with_10_appointments_as_with_1000() {
        clinic.signIn(leila);
        pastAppointments(zoe(), 10);
        long few = screen("clients/" + zoe());
        jdbc.update("delete from appointment where starts_at < timestamptz '2020-01-01'");
        pastAppointments(zoe(), 1000);
        long many = screen("clients/" + zoe());

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(CLIENT_PAGE);
    }

    @Test
    void the_calendar_week_costs_the_same_with_10_appointments_in_the_database_as_with_1000() {
        clinic.signIn(leila);
        pastAppointments(zoe(), 10);
        long few = screen("calendar", "date", "2015-01-01");
        jdbc.update("delete from appointment where starts_at < timestamptz '2020-01-01'");
        pastAppointments(zoe(), 1000);
        long many = screen("calendar", "date", "2015-01-01");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(CALENDAR_WEEK);
    }

    @Test
    void the_notes_search_costs_the_same_with_10_notes_as_with_1000() {
        clinic.signIn(leila);
        notes(zoe(), 10);
        long few = screen("notes");
        notes(zoe(), 990);
        long many = screen("notes");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(NOTES_SEARCH);
    }

    /** {@code n} of Zoë's practices, each done once yesterday. */
    private void practicesWithACompletionEach(int n) {
        jdbc.update(
                "insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, note, seen_at)"
                        + " select c.id, c.primary_therapist_id, p.id, 'DAILY', current_date - 7, 'Budget practice', now()"
                        + " from client c, (select id from practice where owner_id is null order by title limit 1) p,"
                        + " generate_series(1, ?) g where c.id = ?",
                n,
                zoe());
        jdbc.update("insert into completion (assignment_id, done_at, distress_before, distress_after, idempotency_key)"
                + " select id, now() - interval '1 day', 6, 3, gen_random_uuid() from assignment"
                + " where note = 'Budget practice' and id not in (select assignment_id from completion)");
    }

    @Test
    void my_practices_cost_the_same_with_10_practices_and_completions_as_with_1000() {
        // One practice Zoë's therapist gave her and she has not opened yet, as a client in care has.
        new TestPractices(context, clinic)
                .daily(zoe, "Box breathing", LocalDate.now().minusDays(1));
        var zoesLogin = clinic.portalLogin(zoe);
        practicesWithACompletionEach(10);
        clinic.signIn(zoesLogin);
        // The first opening also marks the new practice as seen (one statement, once); it has its budget too.
        long first = screenFrom("my-space", "my/practices");
        long few = screenFrom("my-space", "my/practices");
        practicesWithACompletionEach(990);
        long many = screenFrom("my-space", "my/practices");

        assertThat(first).isLessThanOrEqualTo(MY_PRACTICES);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MY_PRACTICES);
    }
}
