package app.attune.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure that means "the database can't be reached right now" from a fault of the request or of Attune. The
 * connection pool gives up after {@code spring.datasource.hikari.connection-timeout} (2 s), so such a failure comes
 * quickly, and passes as soon as the database is back.
 */
public final class DatabaseAway {

    /** How long a client is asked to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseAway() {}

    /** Whether the failure, or anything that caused it, says the database can't be reached. */
    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof JDBCConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            // A commit or rollback whose connection failed: after a query on a dead connection, the pool has closed
            // it, and the rollback's "Connection is closed" (no SQL state) hides the original failure.
            if (t instanceof TransactionException && t.getCause() instanceof SQLException) {
                return true;
            }
            // Class 08 is "connection exception"; 57P01-57P03 are the server shutting down or starting up.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code Retry-After} header's value, in seconds. */
    public static String retryAfterSeconds() {
        return String.valueOf(RETRY_AFTER.toSeconds());
    }
}
