package app.attune.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.test.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class ClientRecordExportTest {

    @Autowired
    ClientRecordExport export;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leila;
    private TestClinic.Client zoe;
    private TestClinic.Client farid;

    /** A therapist of this test's own with two clients; each test signs in whom it needs. */
    @BeforeEach
    void clinic() {
        clinic = new TestClinic(context);
        leila = clinic.therapist("Leila Moradi");
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    private long exports(UUID clientId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORT' and record_type = 'record' and client_id = ?",
                Long.class,
                clientId);
    }

    /** A signed note with a theme and an addendum, written as the app would leave it. */
    private UUID signedNote(UUID clientId) {
        UUID note = jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template, session_date, distress)
                select id, primary_therapist_id, 'FREE', date '2026-03-02', 4 from client where id = ? returning id""", UUID.class, clientId);
        jdbc.update(
                "insert into session_note_section (note_id, section, body) values (?, 'note', ?)",
                note,
                "Talked about \"repair\" after a rough week.");
        jdbc.update("""
                insert into session_note_theme (note_id, theme_id)
                select ?, id from theme where name = 'Misattunement'""", note);
        jdbc.update("""
                update session_note set status = 'SIGNED', signed_at = now(), signed_by = therapist_id,
                       content_hash = repeat('b', 64) where id = ?""", note);
        jdbc.update("""
                insert into note_addendum (note_id, author_id, body, content_hash)
                select id, therapist_id, 'Correction: the week was two weeks.', repeat('c', 64)
                from session_note where id = ?""", note);
        return note;
    }

    /** An appointment and a practice of the client's, as a client in care has (the demo's Farid had both). */
    private void appointmentAndPractice(UUID clientId) {
        jdbc.update("""
                insert into appointment (therapist_id, kind, starts_at, ends_at, client_id)
                select primary_therapist_id, 'CONSULTATION', timestamptz '2026-03-02 14:00Z',
                       timestamptz '2026-03-02 14:15Z', id from client where id = ?""", clientId);
        jdbc.update("""
                insert into assignment (client_id, therapist_id, practice_id, frequency, starts_on, status)
                select c.id, c.primary_therapist_id, p.id, 'DAILY', date '2026-03-02', 'ACTIVE'
                from client c, practice p where c.id = ? and p.title = 'Box breathing' and p.owner_id is null""", clientId);
    }

    @Test
    void the_own_therapist_exports_the_whole_record_as_json_and_the_export_is_audited() {
        clinic.signIn(leila);
        UUID farid = this.farid.id();
        signedNote(farid);
        appointmentAndPractice(farid);
        long before = exports(farid);

        String json = new String(export.json(farid), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{")
                .contains("\"legalName\": \"Farid Ahmadi\"")
                .contains("\"appointments\": [")
                .contains("\"signedNotes\": [")
                .contains("Talked about \\\"repair\\\" after a rough week.")
                .contains("\"Misattunement\"")
                .contains("Correction: the week was two weeks.")
                .contains("\"practices\": [");
        assertThat(exports(farid)).isEqualTo(before + 1);
    }

    @Test
    void the_own_therapist_exports_the_whole_record_as_a_pdf_and_the_export_is_audited() {
        clinic.signIn(leila);
        UUID zoe = this.zoe.id();
        long before = exports(zoe);

        byte[] pdf = export.pdf(zoe);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(exports(zoe)).isEqualTo(before + 1);
    }

    @Test
    void another_therapist_is_refused_and_the_attempt_is_audited_without_an_export() {
        clinic.signIn(clinic.therapist("Sam Richard"));
        UUID farid = this.farid.id();
        long exportsBefore = exports(farid);
        long deniedBefore = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?", Long.class, farid);

        assertThatThrownBy(() -> export.json(farid)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(farid)).isInstanceOf(AccessDeniedException.class);

        assertThat(exports(farid)).isEqualTo(exportsBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and client_id = ?",
                        Long.class,
                        farid))
                .isEqualTo(deniedBefore + 2);
    }

    @Test
    void an_admin_is_refused() {
        clinic.signIn(clinic.admin());
        UUID farid = this.farid.id();

        assertThatThrownBy(() -> export.json(farid)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(farid)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_is_refused_even_for_their_own_record() {
        clinic.signIn(clinic.portalLogin(zoe));
        UUID zoe = this.zoe.id();

        assertThatThrownBy(() -> export.json(zoe)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(zoe)).isInstanceOf(AccessDeniedException.class);
    }
}
