package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import app.attune.test.IntegrationTest;

/** The application's database role, {@code attune_app}, proven with {@code set role} on a connection. */
@IntegrationTest
@ActiveProfiles("demo")
class DatabaseRolesTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private interface AsApp {
        void run(Connection c) throws SQLException;
    }

    private void asApp(AsApp work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            c.createStatement().execute("set role attune_app");
            try {
                work.run(c);
            } finally {
                c.createStatement().execute("reset role");
            }
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    @Test
    void the_app_role_adds_to_and_reads_the_audit_log() throws SQLException {
        asApp(c -> {
            assertThat(update(c, "insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', 'as app')"))
                    .isEqualTo(1);
            try (var rs = c.createStatement().executeQuery("select count(*) from audit_event where detail = 'as app'")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        });
    }

    @Test
    void the_app_role_may_not_update_delete_or_truncate_the_audit_log() throws SQLException {
        asApp(c -> {
            assertThatThrownBy(() -> update(c, "update audit_event set detail = 'x'"))
                    .hasMessageContaining("permission denied for table audit_event");
            assertThatThrownBy(() -> update(c, "delete from audit_event"))
                    .hasMessageContaining("permission denied for table audit_event");
            assertThatThrownBy(() -> update(c, "truncate audit_event"))
                    .hasMessageContaining("permission denied for table audit_event");
        });
    }

    @Test
    void the_app_role_may_not_change_or_remove_a_signed_note_but_may_change_a_draft() throws SQLException {
        UUID signed = note();
        UUID draft = note();
        jdbc.update("""
                update session_note set status = 'SIGNED', session_date = current_date, signed_at = now(),
                       signed_by = therapist_id, content_hash = repeat('a', 64) where id = ?""", signed);

        asApp(c -> {
            assertThatThrownBy(() -> update(c, "update session_note set distress = 3 where id = '" + signed + "'"))
                    .hasMessageContaining("is signed and cannot be changed");
            assertThatThrownBy(() -> update(c, "delete from session_note where id = '" + signed + "'"))
                    .hasMessageContaining("is signed and cannot be changed");
            assertThatThrownBy(() -> update(c, "truncate session_note cascade"))
                    .hasMessageContaining("permission denied");
            assertThat(update(c, "update session_note set distress = 3 where id = '" + draft + "'")).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("select distress from session_note where id = ?", Integer.class, signed))
                .isNull();
    }

    @Test
    void the_app_role_may_not_rewrite_versions_or_addenda() throws SQLException {
        asApp(c -> {
            assertThatThrownBy(() -> update(c, "delete from note_addendum"))
                    .hasMessageContaining("permission denied for table note_addendum");
            assertThatThrownBy(() -> update(c, "update session_note_version set note_id = note_id"))
                    .hasMessageContaining("permission denied for table session_note_version");
        });
    }

    private UUID note() {
        return jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template)
                select id, primary_therapist_id, 'FREE' from client where email = 'zoe@clearmind.example'
                order by created_at limit 1 returning id""", UUID.class);
    }
}
