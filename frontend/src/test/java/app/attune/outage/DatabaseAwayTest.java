package app.attune.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean the database is away, in the shapes they reach the web layer; plain JUnit, no Spring. */
class DatabaseAwayTest {

    @Test
    void a_pool_that_timed_out_under_a_transaction_that_could_not_begin_is_the_database_away() {
        var pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available",
                "08001",
                new SQLException("Connection refused", "08001", new ConnectException()));
        var failure = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", pool));

        assertThat(DatabaseAway.explains(failure)).isTrue();
    }

    @Test
    void a_rollback_on_a_connection_the_pool_has_closed_is_the_database_away() {
        // What arrives when a query hit a dead connection: the rollback's failure, with no SQL state.
        var failure = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseAway.explains(failure)).isTrue();
    }

    @Test
    void a_server_shutting_down_or_starting_up_is_the_database_away() {
        assertThat(DatabaseAway.explains(new RuntimeException(
                        new SQLException("terminating connection due to" + " administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseAway.explains(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void a_fault_of_the_request_or_of_attune_is_not() {
        assertThat(DatabaseAway.explains(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseAway.explains(new JpaSystemException(new RuntimeException("mapping"))))
                .isFalse();
        assertThat(DatabaseAway.explains(new IllegalStateException())).isFalse();
        assertThat(DatabaseAway.explains(null)).isFalse();
    }
}
