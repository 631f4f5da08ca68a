package app.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import app.attune.test.IntegrationTest;

@IntegrationTest
@ActiveProfiles("demo")
class AuditChainTest {

    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;

    private long insert(String detail) {
        return jdbc.queryForObject(
                "insert into audit_event (actor_role, action, detail) values ('SYSTEM', 'VIEW', ?) returning id",
                Long.class, detail);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void an_untouched_log_is_intact_and_every_row_is_counted() {
        insert("first");
        insert(null);

        var check = chain.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.rowsChecked()).isEqualTo(rows());
        assertThat(check.brokenRowId()).isNull();
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void changing_one_byte_of_one_rows_detail_is_found_and_that_row_is_named() {
        long tampered = insert("unknown account");
        insert("a later row");
        try {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            jdbc.update("update audit_event set detail = 'unknown accounT' where id = ?", tampered);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");

            var check = chain.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.brokenRowId()).isEqualTo(tampered);
            assertThat(check.brokenRowOccurredAt()).isNotNull();
        } finally {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            jdbc.update("update audit_event set detail = 'unknown account' where id = ?", tampered);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void a_removed_row_breaks_the_link_of_the_row_after_it() {
        long removed = insert("to be removed");
        long next = insert("after it");
        try {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            jdbc.update("update audit_event set chain_seq = -chain_seq where id = ?", removed);

            assertThat(chain.verify().brokenRowId()).isEqualTo(next);
        } finally {
            jdbc.update("update audit_event set chain_seq = -chain_seq where id = ?", removed);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
    }

    @Test
    @WithUserDetails("admin@clearmind.example")
    void rows_inserted_at_the_same_time_from_many_connections_chain_without_a_fork() throws Exception {
        long before = rows();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var inserts = new ArrayList<Callable<Long>>();
            for (int i = 0; i < 40; i++) {
                String detail = "concurrent " + i;
                inserts.add(() -> insert(detail));
            }
            for (Future<Long> done : pool.invokeAll(inserts)) {
                done.get();
            }
        }

        var check = chain.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.rowsChecked()).isGreaterThanOrEqualTo(before + 40);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) = count(prev_hash) from audit_event",
                Boolean.class)).isTrue();
    }

    @Test
    @WithUserDetails("leila@clearmind.example")
    void a_therapist_cannot_check_the_chain() {
        assertThatThrownBy(() -> chain.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("zoe@clearmind.example")
    void a_client_cannot_check_the_chain() {
        assertThatThrownBy(() -> chain.verify()).isInstanceOf(AccessDeniedException.class);
    }
}
