package app.attune.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.test.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class ClientRecordExportTest {

    @Autowired
    ClientRecordExport export;

    @Autowired
    JdbcTemplate jdbc;

    private UUID client(String email) {
        return jdbc.queryForObject(
                "select id from client where email = ?::citext order by created_at limit 1", UUID.class, email);
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

    @Test
    @WithUserDetails("leila@clearmind.example")
    void the_own_therapist_exports_the_whole_record_as_json_and_the_export_is_audited() {
        UUID farid = client("farid@clearmind.example");
        signedNote(farid);
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
    @WithUserDetails("leila@clearmind.example")
    void the_own_therapist_exports_the_whole_record_as_a_pdf_and_the_export_is_audited() {
        UUID zoe = client("zoe@clearmind.example");
        long before = exports(zoe);

        byte[] pdf = export.pdf(zoe);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(exports(zoe)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("sam@clearmind.example")
    void another_therapist_is_refused_and_the_attempt_is_audited_without_an_export() {
        UUID farid = client("farid@clearmind.example");
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
    @WithUserDetails("admin@clearmind.example")
    void an_admin_is_refused() {
        UUID farid = client("farid@clearmind.example");

        assertThatThrownBy(() -> export.json(farid)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(farid)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_is_refused_even_for_their_own_record() {
        UUID zoe = client("zoe@clearmind.example");

        assertThatThrownBy(() -> export.json(zoe)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(zoe)).isInstanceOf(AccessDeniedException.class);
    }
}
