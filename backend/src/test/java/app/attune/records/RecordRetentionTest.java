package app.attune.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.audit.AuditChain;
import app.attune.base.InvalidInputException;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class RecordRetentionTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Halifax");
    /** Each record's appointments get days of their own, so no two overlap on the therapist's calendar. */
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Autowired
    RecordRetention retention;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    private final List<UUID> created = new ArrayList<>();
    private TestClinic clinic;
    private Person leila;

    /** A therapist of this test's own, whose discharged clients the records are; each test signs in whom it needs. */
    @BeforeEach
    void aTherapist() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
    }

    /**
     * Other tests share the database and count clients and accounts, so every record made here goes: those a test
     * left within their period are first discharged long ago, their appointments cancelled, then purged as any other.
     */
    @AfterEach
    void removeTheRecordsMadeHere() {
        SecurityContextHolder.clearContext();
        for (UUID id : created) {
            if (jdbc.queryForObject("select count(*) from client where id = ?", Long.class, id) > 0) {
                jdbc.update("update appointment set status = 'CANCELLED' where client_id = ?", id);
                jdbc.update("""
                        update client set status = 'DISCHARGED', discharge_date = date '1990-01-01',
                               discharge_reason = 'Test over' where id = ?""", id);
                jdbc.queryForList("select * from purge_client(?)", id);
            }
        }
    }

    private static LocalDate today() {
        return LocalDate.now(CLINIC);
    }

    /**
     * A client discharged on {@code discharged} with the whole of a record: a completed session in a series and a
     * converted consultation before it, concerns, an accepted invitation and a portal account, a signed note with
     * sections, a theme, a saved version and an addendum, a draft note, a practice with its history and a
     * completion, and an email in the outbox.
     */
    private UUID record(String name, LocalDate discharged, LocalDate lastAppointment) {
        UUID id = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        UUID therapist = leila.id();
        String email = "retention-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.update(
                "insert into app_user (id, email, role, display_name) values (?, ?, 'CLIENT', ?)",
                account,
                email,
                name);
        jdbc.update("""
                insert into client (id, legal_name, email, status, discharge_date, discharge_reason,
                                    primary_therapist_id, user_id)
                values (?, ?, ?, 'DISCHARGED', ?, 'Finished their work together', ?, ?)""", id, name, email, discharged, therapist, account);
        jdbc.update(
                "insert into client_concern (client_id, concern_id) select ?, id from concern where code = 'grief'",
                id);
        jdbc.update("""
                insert into portal_invitation (client_id, email, token_hash, invited_by, created_at, expires_at,
                                               accepted_at)
                values (?, ?, encode(sha256(?::bytea), 'hex'), ?, now() - interval '12 years',
                        now() - interval '12 years' + interval '7 days', now() - interval '12 years')""", id, email, id.toString(), therapist);

        UUID series = jdbc.queryForObject(
                "insert into session_series (therapist_id, client_id, every_weeks) values (?, ?, 1) returning id",
                UUID.class,
                therapist,
                id);
        UUID session = appointment(therapist, id, "SESSION", lastAppointment);
        jdbc.update("""
                insert into therapy_session (appointment_id, series_id, series_index, session_type, mode, location)
                values (?, ?, 1, 'INDIVIDUAL', 'IN_PERSON', 'Room 2')""", session, series);
        UUID consultation = appointment(therapist, id, "CONSULTATION", lastAppointment.minusDays(30));
        jdbc.update("""
                insert into consultation (appointment_id, reference, name, email, consent_at, manage_token_hash)
                values (?, upper(substr(md5(?), 1, 4) || '-' || substr(md5(?), 5, 4)), ?, ?, now(),
                        encode(sha256(?::bytea), 'hex'))""", consultation, id.toString(), id.toString(), name, email, "consultation " + id);

        UUID note = jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, appointment_id, template, session_date, distress)
                values (?, ?, ?, 'DAP', ?, 5) returning id""", UUID.class, id, therapist, session, lastAppointment);
        jdbc.update(
                "insert into session_note_section (note_id, section, body) values (?, 'data', 'Spoke of a loss.')",
                note);
        jdbc.update("insert into session_note_section (note_id, section, body) values (?, 'plan', 'Next week.')", note);
        jdbc.update("""
                insert into session_note_theme (note_id, theme_id)
                select ?, id from theme where name = 'Journaling'""", note);
        jdbc.update("""
                insert into session_note_version (note_id, version, saved_at, saved_by, content)
                values (?, 0, now(), ?, 'draft as saved')""", note, therapist);
        jdbc.update("""
                update session_note set status = 'SIGNED', signed_at = now(), signed_by = therapist_id,
                       content_hash = repeat('d', 64) where id = ?""", note);
        jdbc.update("""
                insert into note_addendum (note_id, author_id, body, content_hash)
                values (?, ?, 'A date corrected.', repeat('e', 64))""", note, therapist);
        jdbc.update(
                "insert into session_note (client_id, therapist_id, template) values (?, ?, 'FREE')", id, therapist);

        UUID assignment = jdbc.queryForObject("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, status)
                select ?, ?, id, 'DAILY', ?, 'ENDED' from practice where title = 'Box breathing' and owner_id is null
                returning id""", UUID.class, id, therapist, lastAppointment.minusDays(20));
        jdbc.update("""
                insert into assignment_event (assignment_id, occurred_at, actor_id, kind, frequency, starts_on)
                values (?, now(), ?, 'ASSIGNED', 'DAILY', ?)""", assignment, therapist, lastAppointment.minusDays(20));
        jdbc.update("""
                insert into completion (assignment_id, done_at, distress_before, distress_after, reflection,
                                        idempotency_key)
                values (?, now() - interval '11 years', 7, 4, 'It helped a little.', gen_random_uuid())""", assignment);
        jdbc.update("""
                insert into outbox_email (to_address, subject, body_text, status, sent_at)
                values (?, 'Your session', 'See you then.', 'SENT', now())""", email);
        jdbc.update("insert into sign_in_attempt (email, failures, last_failure_at) values (?, 1, now())", email);
        created.add(id);
        return id;
    }

    /** A client of Leila's with a portal login; the record goes with the others when the test ends. */
    private Person aClientsLogin() {
        var client = clinic.clientOf(leila, "Zoë Tremblay");
        created.add(client.id());
        return clinic.portalLogin(client);
    }

    private UUID appointment(UUID therapist, UUID client, String kind, LocalDate day) {
        var start = day.atTime(8, 0)
                .atZone(CLINIC)
                .minusMinutes(DAYS.incrementAndGet() * 2L)
                .toInstant();
        return jdbc.queryForObject(
                """
                insert into appointment (therapist_id, kind, status, starts_at, ends_at, client_id)
                values (?, ?, 'COMPLETED', ?, ?::timestamptz + interval '1 minute', ?) returning id""",
                UUID.class,
                therapist,
                kind,
                java.sql.Timestamp.from(start),
                java.sql.Timestamp.from(start),
                client);
    }

    /** Every row that belongs to the client, per table, found by the client's id, account and address. */
    private Map<String, Long> rowsOf(UUID client, String email) {
        var counts = new LinkedHashMap<String, Long>();
        String notes = "(select id from session_note where client_id = '" + client + "')";
        String assignments = "(select id from assignment where client_id = '" + client + "')";
        String appointments = "(select id from appointment where client_id = '" + client + "')";
        Map<String, String> where = new LinkedHashMap<>();
        where.put("client", "id = '" + client + "'");
        where.put("client_concern", "client_id = '" + client + "'");
        where.put("portal_invitation", "client_id = '" + client + "'");
        where.put("app_user", "email = '" + email + "'");
        where.put("sign_in_attempt", "email = '" + email + "'");
        where.put("session_series", "client_id = '" + client + "'");
        where.put("appointment", "client_id = '" + client + "'");
        where.put("therapy_session", "appointment_id in " + appointments);
        where.put("consultation", "email = '" + email + "'");
        where.put("session_note", "client_id = '" + client + "'");
        where.put("session_note_section", "note_id in " + notes);
        where.put("session_note_theme", "note_id in " + notes);
        where.put("session_note_version", "note_id in " + notes);
        where.put("note_addendum", "note_id in " + notes);
        where.put("assignment", "client_id = '" + client + "'");
        where.put("assignment_event", "assignment_id in " + assignments);
        where.put("completion", "assignment_id in " + assignments);
        where.put("outbox_email", "to_address = '" + email + "'");
        where.forEach((table, condition) -> counts.put(
                table, jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class)));
        return counts;
    }

    private String emailOf(UUID client) {
        return jdbc.queryForObject("select email from client where id = ?", String.class, client);
    }

    private long audits(String action, UUID client) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and client_id = ?", Long.class, action, client);
    }

    private PastRetention row(UUID client) {
        return retention.pastRetention(PageRequest.of(0, 1000)).stream()
                .filter(r -> r.clientId().equals(client))
                .findFirst()
                .orElseThrow();
    }

    private boolean listed(UUID client) {
        return retention.pastRetention(PageRequest.of(0, 1000)).stream()
                .anyMatch(r -> r.clientId().equals(client));
    }

    @Test
    void the_list_shows_discharged_records_past_the_period_with_their_dates_and_nothing_else() {
        clinic.signIn(clinic.admin());
        LocalDate discharged = today().minusYears(11).minusDays(3);
        LocalDate lastVisit = today().minusYears(11).minusDays(10);
        UUID old = record("Ada Oldfield", discharged, lastVisit);
        UUID recentVisit = record("Bea Laterday", today().minusYears(12), today().minusYears(5));
        UUID recent =
                record("Cy Recent", today().minusYears(2), today().minusYears(2).minusDays(1));
        UUID active = record(
                "Dee Stillhere", today().minusYears(11), today().minusYears(11).minusDays(1));
        jdbc.update(
                "update client set status = 'ACTIVE', discharge_date = null, discharge_reason = null where id = ?",
                active);

        var row = retention.pastRetention(PageRequest.of(0, 1000)).stream()
                .filter(r -> r.clientId().equals(old))
                .findFirst()
                .orElseThrow();

        assertThat(row.legalName()).isEqualTo("Ada Oldfield");
        assertThat(row.dischargedOn()).isEqualTo(discharged);
        assertThat(row.lastAppointmentOn()).isEqualTo(lastVisit);
        assertThat(row.eligibleSince()).isEqualTo(discharged.plusYears(10));
        assertThat(listed(recentVisit))
                .as("an appointment after the discharge restarts the period")
                .isFalse();
        assertThat(listed(recent)).isFalse();
        assertThat(listed(active)).isFalse();
        assertThat(retention.countPastRetention())
                .isEqualTo(retention.pastRetention(PageRequest.of(0, 1000)).size());
    }

    @Test
    void the_period_counts_from_the_last_appointment_when_it_is_later_than_the_discharge() {
        clinic.signIn(clinic.admin());
        LocalDate lastVisit = today().minusYears(10).minusDays(1);
        UUID client = record("Eli Lateappointment", today().minusYears(10).minusDays(40), lastVisit);

        var row = retention.pastRetention(PageRequest.of(0, 1000)).stream()
                .filter(r -> r.clientId().equals(client))
                .findFirst()
                .orElseThrow();

        assertThat(row.eligibleSince()).isEqualTo(lastVisit.plusYears(10));
    }

    @Test
    void the_period_ends_on_the_anniversary_itself_in_the_clinics_calendar() {
        clinic.signIn(clinic.admin());
        UUID endsToday = record(
                "Pat Anniversary",
                today().minusYears(10),
                today().minusYears(10).minusDays(5));
        UUID endsTomorrow = record(
                "Quin Tomorrow",
                today().minusYears(10).plusDays(1),
                today().minusYears(10).minusDays(5));

        assertThat(row(endsToday).eligibleSince()).isEqualTo(today());
        assertThat(listed(endsTomorrow)).isFalse();
    }

    @Test
    void a_discharge_on_a_leap_day_ends_its_period_on_the_last_day_of_february() {
        clinic.signIn(clinic.admin());
        UUID client = record("Rae Leapday", LocalDate.of(2016, 2, 29), LocalDate.of(2016, 2, 20));

        assertThat(row(client).eligibleSince()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void the_last_appointment_counts_on_its_day_in_the_clinics_time_zone_not_in_utc() {
        clinic.signIn(clinic.admin());
        UUID client = record("Sol Latenight", LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 5));
        // 02:30 UTC on 10 June is 23:30 on 9 June in Halifax.
        var start = java.sql.Timestamp.from(java.time.Instant.parse("2015-06-10T02:30:00Z"));
        jdbc.update(
                "update appointment set starts_at = ?, ends_at = ?::timestamptz + interval '1 minute'"
                        + " where client_id = ? and kind = 'SESSION'",
                start,
                start,
                client);

        var row = row(client);

        assertThat(row.lastAppointmentOn()).isEqualTo(LocalDate.of(2015, 6, 9));
        assertThat(row.eligibleSince()).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void the_preview_counts_what_a_purge_would_remove() {
        clinic.signIn(clinic.admin());
        UUID client = record(
                "Fay Preview", today().minusYears(11), today().minusYears(11).minusDays(2));

        var preview = retention.preview(client);

        assertThat(preview.legalName()).isEqualTo("Fay Preview");
        assertThat(preview.appointments()).isEqualTo(2);
        assertThat(preview.notes()).isEqualTo(2);
        assertThat(preview.signedNotes()).isEqualTo(1);
        assertThat(preview.addenda()).isEqualTo(1);
        assertThat(preview.practices()).isEqualTo(1);
        assertThat(preview.completions()).isEqualTo(1);
        assertThat(preview.portalAccount()).isTrue();
        assertThat(audits("VIEW", client)).isEqualTo(1);
    }

    @Test
    void a_purge_removes_every_row_of_the_record_and_the_audit_log_keeps_the_id_counts_and_an_intact_chain() {
        clinic.signIn(clinic.admin());
        UUID client = record(
                "Gus Purgeable", today().minusYears(11), today().minusYears(11).minusDays(2));
        String email = emailOf(client);
        assertThat(rowsOf(client, email).values()).allMatch(n -> n > 0);
        jdbc.update(
                "insert into audit_event (actor_role, action, client_id, record_type) values ('SYSTEM', 'VIEW', ?,"
                        + " 'client')",
                client);
        long sessionNotesOfOthers =
                jdbc.queryForObject("select count(*) from session_note where client_id <> ?", Long.class, client);

        var result = retention.purge(client, "  gus   PURGEABLE ");

        assertThat(rowsOf(client, email))
                .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        assertThat(result.removed())
                .containsEntry("client", 1L)
                .containsEntry("session_note", 2L)
                .containsEntry("note_addendum", 1L)
                .containsEntry("completion", 1L)
                .containsEntry("app_user", 1L)
                .containsEntry("appointment", 2L)
                .containsEntry("outbox_email", 1L);
        assertThat(jdbc.queryForObject("select count(*) from session_note", Long.class))
                .isEqualTo(sessionNotesOfOthers);
        assertThat(audits("VIEW", client)).as("earlier audit rows stay").isEqualTo(1);
        String detail = jdbc.queryForObject(
                "select detail from audit_event where action = 'RECORD_PURGED' and client_id = ? and record_id = ?",
                String.class,
                client,
                client.toString());
        assertThat(detail)
                .startsWith("removed rows: ")
                .contains("session_note 2")
                .contains("note_addendum 1")
                .doesNotContain("Gus")
                .doesNotContain("Purgeable")
                .doesNotContain(email);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void a_record_within_its_period_or_still_active_is_refused_and_nothing_is_removed() {
        clinic.signIn(clinic.admin());
        UUID recent = record(
                "Hal Recent", today().minusYears(3), today().minusYears(3).minusDays(1));
        UUID active = record(
                "Ivy Active", today().minusYears(11), today().minusYears(11).minusDays(1));
        jdbc.update(
                "update client set status = 'ACTIVE', discharge_date = null, discharge_reason = null where id = ?",
                active);

        assertThatThrownBy(() -> retention.purge(recent, "Hal Recent"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not past its retention period");
        assertThatThrownBy(() -> retention.purge(active, "Ivy Active")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> retention.preview(recent)).isInstanceOf(InvalidInputException.class);

        assertThat(rowsOf(recent, emailOf(recent)).values()).allMatch(n -> n > 0);
        assertThat(rowsOf(active, emailOf(active)).values()).allMatch(n -> n > 0);
        assertThat(audits("RECORD_PURGED", recent) + audits("RECORD_PURGED", active))
                .isZero();
    }

    @Test
    void a_purge_without_the_clients_name_typed_exactly_is_refused_on_the_confirmation_field() {
        clinic.signIn(clinic.admin());
        UUID client = record(
                "Jo Confirm", today().minusYears(11), today().minusYears(11).minusDays(1));

        for (String typed : new String[] {null, " ", "Jo Confirmed"}) {
            assertThatThrownBy(() -> retention.purge(client, typed))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(p -> p.field())
                                    .containsExactly("confirmation"));
        }
        assertThat(rowsOf(client, emailOf(client)).values()).allMatch(n -> n > 0);
    }

    @Test
    void the_database_refuses_to_purge_a_record_within_its_period_whoever_asks() {
        clinic.signIn(clinic.admin());
        UUID recent = record(
                "Kit Direct", today().minusYears(2), today().minusYears(2).minusDays(1));

        assertThatThrownBy(() -> jdbc.queryForList("select * from purge_client(?)", recent))
                .hasMessageContaining("not discharged past the retention period");
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Long.class, recent))
                .isOne();
    }

    @Test
    void changing_the_period_moves_records_on_or_off_the_list_and_is_audited() {
        clinic.signIn(clinic.admin());
        UUID client = record(
                "Lou Longer", today().minusYears(11), today().minusYears(11).minusDays(1));
        long changes =
                jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION_CHANGE'", Long.class);
        try {
            retention.changeYears(20);

            assertThat(retention.years()).isEqualTo(20);
            assertThat(listed(client)).isFalse();
            assertThatThrownBy(() -> retention.purge(client, "Lou Longer")).isInstanceOf(InvalidInputException.class);
            assertThat(jdbc.queryForObject(
                            "select detail from audit_event where action = 'RETENTION_CHANGE' order by chain_seq desc limit 1",
                            String.class))
                    .isEqualTo("retention period from 10 to 20 years");
        } finally {
            retention.changeYears(10);
        }
        assertThat(listed(client)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'RETENTION_CHANGE'", Long.class))
                .isEqualTo(changes + 2);
    }

    @Test
    void a_period_outside_one_to_a_hundred_years_is_refused_on_its_field() {
        clinic.signIn(clinic.admin());
        for (Integer years : new Integer[] {null, 0, 101}) {
            assertThatThrownBy(() -> retention.changeYears(years))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(p -> p.field())
                                    .containsExactly("years"));
        }
        assertThat(retention.years()).isEqualTo(10);
    }

    @Test
    void a_therapist_is_refused_and_the_attempt_is_audited() {
        clinic.signIn(leila);
        UUID client = record(
                "Max Therapistsown",
                today().minusYears(11),
                today().minusYears(11).minusDays(1));

        assertThatThrownBy(() -> retention.purge(client, "Max Therapistsown"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.pastRetention(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.changeYears(1)).isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", client)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Long.class, client))
                .isOne();
    }

    @Test
    void a_client_is_refused_and_the_attempt_is_audited() {
        clinic.signIn(aClientsLogin());
        UUID client = record(
                "Ned Clientside", today().minusYears(11), today().minusYears(11).minusDays(1));

        assertThatThrownBy(() -> retention.preview(client)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.purge(client, "Ned Clientside")).isInstanceOf(AccessDeniedException.class);

        assertThat(audits("ACCESS_DENIED", client)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Long.class, client))
                .isOne();
    }

    @Test
    void the_app_role_still_cannot_delete_a_signed_note_even_with_the_purge_setting_but_may_purge_through_the_function()
            throws SQLException {
        UUID client = record(
                "Oz Approle", today().minusYears(11), today().minusYears(11).minusDays(1));
        String email = emailOf(client);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local role attune_app");
                s.execute("select set_config('attune.purge_client', '" + client + "', true)");
                assertThatThrownBy(() -> s.executeUpdate("delete from session_note_section where note_id in "
                                + "(select id from session_note where client_id = '" + client + "')"))
                        .hasMessageContaining("is signed and cannot be changed");
            }
            c.rollback();
            try (var s = c.createStatement()) {
                s.execute("set local role attune_app");
                s.execute("select set_config('attune.purge_client', '" + client + "', true)");
                assertThatThrownBy(() -> s.executeUpdate("delete from note_addendum"))
                        .hasMessageContaining("permission denied for table note_addendum");
            }
            c.rollback();
            try (var s = c.createStatement()) {
                s.execute("set local role attune_app");
                try (var rs = s.executeQuery("select sum(removed) from purge_client('" + client + "')")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isGreaterThan(15);
                }
            }
            c.commit();
        }
        assertThat(rowsOf(client, email))
                .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
    }
}
