package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.notes.NoteDraft;
import app.attune.notes.NoteService;
import app.attune.notes.NoteTemplate;
import app.attune.test.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as docker-compose.yml runs it: a database whose roles were made by compose's own init script
 * ({@code deploy/postgres/attune-roles.sql}, run with psql as the container would), Flyway migrating as the owner
 * ({@code spring.flyway.user}) and the application signed in as a login role that is a member of {@code attune_app}
 * and owns nothing. The whole application starts and does its ordinary work that way (the demo clinic is loaded
 * through it), and that login cannot alter, drop or truncate anything, rewrite the audit log, or change a signed note.
 */
@SpringBootTest
@ActiveProfiles("demo")
@DirtiesContext
class DatabaseRolesTest {

    /** The compose init script, and a throwaway database and roles of random names it is run for. */
    static final Path ROLES_SQL = Path.of("../deploy/postgres/attune-roles.sql");

    static final PostgresServer SERVER = PostgresServer.local();
    static final String SUFFIX = HexFormat.of().formatHex(random(5));
    static final String DATABASE = "attune_roles_" + SUFFIX;
    static final String OWNER = "attune_owner_" + SUFFIX;
    static final String OWNER_PASSWORD = HexFormat.of().formatHex(random(16));
    static final String APP = "attune_login_" + SUFFIX;
    static final String APP_PASSWORD = HexFormat.of().formatHex(random(16));

    @DynamicPropertySource
    static void asComposeRunsIt(DynamicPropertyRegistry registry) {
        var db = SERVER.createIfMissing(DATABASE);
        SERVER.psql(
                DATABASE,
                ROLES_SQL,
                Map.of(
                        "db_name",
                        DATABASE,
                        "owner_user",
                        OWNER,
                        "owner_password",
                        OWNER_PASSWORD,
                        "app_user",
                        APP,
                        "app_password",
                        APP_PASSWORD));
        // The same settings as compose's SPRING_DATASOURCE_* and SPRING_FLYWAY_USER / _PASSWORD.
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.flyway.user", () -> OWNER);
        registry.add("spring.flyway.password", () -> OWNER_PASSWORD);
    }

    @AfterAll
    static void dropDatabaseAndRoles() {
        SERVER.drop(DATABASE);
        SERVER.execute("postgres", "drop role if exists " + APP);
        SERVER.execute("postgres", "drop role if exists " + OWNER);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoteService notes;

    @Autowired
    UserDetailsService users;

    @Test
    void the_application_connects_as_its_login_and_flyway_migrated_as_the_owner() throws SQLException {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(APP);
        assertThat(jdbc.queryForObject("select pg_has_role(current_user, 'attune_app', 'member')", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolcreaterole or rolcreatedb from pg_roles"
                                + " where rolname = current_user",
                        Boolean.class))
                .isFalse();
        // It owns nothing: every table, sequence, function and the schema belong to the owner.
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> ?""", Long.class, OWNER)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                                + " where r.rolname = current_user",
                        Long.class))
                .isZero();
        // The migrations' history (which the application role may not even read) says who ran them.
        try (Connection owner =
                        DriverManager.getConnection(SERVER.database(DATABASE).jdbcUrl(), OWNER, OWNER_PASSWORD);
                var rs = owner.createStatement()
                        .executeQuery("select distinct installed_by from flyway_schema_history where success")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(OWNER);
            assertThat(rs.next()).isFalse();
        }
        assertThatThrownBy(() -> jdbc.queryForList("select * from flyway_schema_history"))
                .rootCause()
                .hasMessageContaining("permission denied for table flyway_schema_history");
    }

    @Test
    void as_its_login_the_application_does_its_ordinary_work() {
        // The demo clinic was loaded through the application at startup, as this login.
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class))
                .isPositive();
        long audited = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        // A therapist writes, saves and signs a note through the service, which audits it.
        as("sam@clearmind.example");
        try {
            UUID client =
                    jdbc.queryForObject("select id from client where email = 'minh@clearmind.example'", UUID.class);
            UUID note = notes.start(client);
            long version = notes.saveDraft(
                    note,
                    0,
                    new NoteDraft(
                            NoteTemplate.DAP,
                            LocalDate.of(2026, 3, 10),
                            Map.of("data", "Slept better.", "assessment", "Steadier.", "plan", "Continue."),
                            3,
                            false,
                            null,
                            List.of(),
                            Set.of()));
            notes.sign(note, version);
            assertThat(jdbc.queryForObject("select status from session_note where id = ?", String.class, note))
                    .isEqualTo("SIGNED");
            assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                    .isGreaterThan(audited);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void its_login_may_not_alter_drop_or_truncate_anything_nor_create_tables() {
        assertThatThrownBy(() -> jdbc.execute("alter table client add column x int"))
                .rootCause()
                .hasMessageContaining("must be owner of table client");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_event disable trigger all"))
                .rootCause()
                .hasMessageContaining("must be owner of table audit_event");
        assertThatThrownBy(() -> jdbc.execute("drop table outbox_email"))
                .rootCause()
                .hasMessageContaining("must be owner of table outbox_email");
        assertThatThrownBy(() -> jdbc.execute("drop function purge_client(uuid)"))
                .rootCause()
                .hasMessageContaining("must be owner of function purge_client");
        assertThatThrownBy(() -> jdbc.execute("truncate client cascade"))
                .rootCause()
                .hasMessageContaining("permission denied for table client");
        assertThatThrownBy(() -> jdbc.execute("create table mine (id int)"))
                .rootCause()
                .hasMessageContaining("permission denied for schema public");
    }

    @Test
    void its_login_adds_to_and_reads_the_audit_log_but_may_not_update_delete_or_truncate_it() {
        assertThat(jdbc.update(
                        "insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', 'as app')"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail = 'as app'", Long.class))
                .isPositive();
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'x'"))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void its_login_may_not_change_or_remove_a_signed_note_but_may_change_a_draft() {
        UUID signed = note();
        UUID draft = note();
        jdbc.update("""
                update session_note set status = 'SIGNED', session_date = current_date, signed_at = now(),
                       signed_by = therapist_id, content_hash = repeat('a', 64) where id = ?""", signed);

        assertThatThrownBy(() -> jdbc.update("update session_note set distress = 3 where id = ?", signed))
                .rootCause()
                .hasMessageContaining("is signed and cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from session_note where id = ?", signed))
                .rootCause()
                .hasMessageContaining("is signed and cannot be changed");
        assertThatThrownBy(() -> jdbc.execute("truncate session_note cascade"))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.update("update session_note set distress = 3 where id = ?", draft))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select distress from session_note where id = ?", Integer.class, signed))
                .isNull();
    }

    @Test
    void its_login_may_not_rewrite_versions_or_addenda() {
        assertThatThrownBy(() -> jdbc.update("delete from note_addendum"))
                .rootCause()
                .hasMessageContaining("permission denied for table note_addendum");
        assertThatThrownBy(() -> jdbc.update("update session_note_version set note_id = note_id"))
                .rootCause()
                .hasMessageContaining("permission denied for table session_note_version");
    }

    @Test
    void its_login_reads_the_published_views_but_may_not_write_through_them() {
        for (String view : List.of(
                "client_names", "account_names", "appointment_times", "client_note_counts", "client_practice_counts")) {
            assertThat(jdbc.queryForObject("select count(*) from " + view, Long.class))
                    .as(view)
                    .isNotNegative();
        }
        assertThatThrownBy(() -> jdbc.update("update client_names set legal_name = 'x'"))
                .rootCause()
                .hasMessageContaining("permission denied for view client_names");
        assertThatThrownBy(() -> jdbc.update("delete from account_names"))
                .rootCause()
                .hasMessageContaining("permission denied for view account_names");
        assertThatThrownBy(() -> jdbc.update("update appointment_times set status = 'CANCELLED'"))
                .rootCause()
                .hasMessageContaining("permission denied for view appointment_times");
    }

    private UUID note() {
        return jdbc.queryForObject("""
                insert into session_note (client_id, therapist_id, template)
                select id, primary_therapist_id, 'FREE' from client where email = 'zoe@clearmind.example'
                order by created_at limit 1 returning id""", UUID.class);
    }

    private void as(String email) {
        var user = users.loadUserByUsername(email);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    private static byte[] random(int n) {
        var bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
