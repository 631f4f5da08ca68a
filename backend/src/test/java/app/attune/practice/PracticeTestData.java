package app.attune.practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sets up assignments and completions straight in the database, for tests that need a given state. Give it the
 * clients a {@link app.attune.fixture.TestClinic} made; the lookups by email are for the tests still on demo rows.
 */
final class PracticeTestData {

    static final ZoneId CLINIC = ZoneId.of("America/Halifax");

    private final JdbcTemplate jdbc;

    PracticeTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(CLINIC);
    }

    static LocalDateTime anHourAgo() {
        return LocalDateTime.now(CLINIC).minusHours(1).withNano(0);
    }

    UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
    }

    UUID user(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?::citext", UUID.class, email);
    }

    UUID practice(String title) {
        return jdbc.queryForObject("select id from practice where title = ? and owner_id is null", UUID.class, title);
    }

    /** An assignment of the client's, with the given status, started {@code daysAgo} days ago. */
    UUID assignment(String clientEmail, String title, String status, int daysAgo) {
        return assignment(client(clientEmail), title, status, daysAgo);
    }

    /** An assignment of the client's (by id), with the given status, started {@code daysAgo} days ago. */
    UUID assignment(UUID clientId, String title, String status, int daysAgo) {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into assignment (id, client_id, therapist_id, practice_id, frequency, starts_on, status, seen_at)
                select ?, c.id, c.primary_therapist_id, ?, 'DAILY', ?, ?, now() from client c where c.id = ?""", id, practice(title), today().minusDays(daysAgo), status, clientId);
        return id;
    }

    /** A completion of the assignment, {@code daysAgo} days ago. */
    void completion(UUID assignmentId, int daysAgo) {
        jdbc.update("""
                insert into completion (assignment_id, done_at, distress_before, distress_after, idempotency_key)
                values (?, now() - make_interval(days => ?), 6, 3, gen_random_uuid())""", assignmentId, daysAgo);
    }

    long completions(UUID assignmentId) {
        return jdbc.queryForObject("select count(*) from completion where assignment_id = ?", Long.class, assignmentId);
    }

    long audits(String action, String recordType) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and record_type = ?",
                Long.class,
                action,
                recordType);
    }
}
