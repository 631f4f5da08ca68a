package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.audit.ChainCheck.Problem;
import app.attune.test.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Rows written before V014, chained by V009's SHA-256 trigger, are sealed like any other: whoever changes one and
 * recomputes that old chain (which needs no key) is still found. Runs the migrations up to V013 on a database of its
 * own, writes rows, then migrates on.
 */
class LegacyChainSealTest {

    private final PostgresServer server = PostgresServer.local();
    private final String name = "attune_legacy_" + HexFormat.of().formatHex(randomBytes());
    private PostgreSQLContainer container;

    private static byte[] randomBytes() {
        var bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** A container where Docker runs (as the other tests use), otherwise a database of its own on the local server. */
    private DriverManagerDataSource database() {
        if (PostgresServer.dockerAvailable()) {
            container = PostgresServer.startContainer();
            return new DriverManagerDataSource(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        var database = server.createIfMissing(name);
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    @AfterEach
    void dropDatabase() {
        if (container != null) {
            container.stop();
        } else {
            server.drop(name);
        }
    }

    @Test
    void rows_chained_before_v014_are_sealed_and_recomputing_their_old_chain_after_a_change_is_found() {
        var dataSource = database();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("13")
                .load()
                .migrate();
        var jdbc = new JdbcTemplate(dataSource);
        for (int i = 1; i <= 5; i++) {
            jdbc.update(
                    "insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', ?)",
                    "before V014 " + i);
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc.update("insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', 'after V014')");

        var key = AuditSealKey.fromBase64(Base64.getEncoder().encodeToString(new byte[40]));
        var sealer = new AuditSealer(
                JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource), key, Clock.systemUTC());
        var chain = new AuditChain(JdbcClient.create(dataSource), null, key, sealer, Duration.ofMinutes(1));

        assertThat(sealer.sealPending(true)).isEqualTo(6);
        assertThat(chain.walk().intact()).isTrue();
        assertThat(chain.walk().rowsChecked()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where row_hash is not null", Long.class))
                .isEqualTo(5);

        // The attacker changes the third row and recomputes V009's chain from there, as anyone can without a key.
        long third = jdbc.queryForObject("select id from audit_event where chain_seq = 3", Long.class);
        jdbc.execute("""
                do $$
                declare
                    r record;
                    prev text;
                begin
                    set local session_replication_role = replica;
                    update audit_event set detail = 'rewritten' where chain_seq = 3;
                    select row_hash into prev from audit_event where chain_seq = 2;
                    for r in select * from audit_event where chain_seq >= 3 order by chain_seq loop
                        update audit_event set prev_hash = prev,
                               row_hash = audit_event_hash(prev, r.id, r.occurred_at, r.actor_id, r.actor_role,
                                          r.action, r.client_id, r.record_type, r.record_id, r.detail)
                         where id = r.id returning row_hash into prev;
                    end loop;
                end $$""");
        assertThat(jdbc.queryForObject("""
                select bool_and(row_hash = audit_event_hash(prev_hash, id, occurred_at, actor_id, actor_role, action,
                                client_id, record_type, record_id, detail))
                from audit_event where chain_seq is not null""", Boolean.class))
                .as("the old chain holds again")
                .isTrue();

        var check = chain.walk();

        assertThat(check.problem()).isEqualTo(Problem.ROW_CHANGED);
        assertThat(check.brokenRowId()).isEqualTo(third);
    }
}
