package app.attune.outage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A controller that can't reach the database answers 503 with {@code Retry-After}, not a 500: under {@code /api} as a
 * problem detail, elsewhere (the calendar feed) through the error page, which {@link DatabaseAwayPage} makes calm.
 * First among the advice, so no feature's own handler mistakes the outage for its own kind of failure. Spring matches
 * these types anywhere in the failure's causes (a transaction that couldn't start, a pool that timed out).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseAwayProblems {

    @ExceptionHandler({
        SQLTransientConnectionException.class,
        JDBCConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class
    })
    @Nullable
    ResponseEntity<ProblemDetail> databaseAway(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response);
    }

    /**
     * A connection that died under a query fails again when the transaction rolls back, and the rollback's failure
     * is what arrives here, in a wrapper that other faults use too: only the outage is answered, the rest go on.
     */
    @ExceptionHandler({JpaSystemException.class, TransactionSystemException.class})
    @Nullable
    ResponseEntity<ProblemDetail> failedRollback(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseAway.explains(e)) {
            throw e;
        }
        return answer(request, response);
    }

    private static @Nullable ResponseEntity<ProblemDetail> answer(
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseAway.retryAfterSeconds());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return null;
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Attune can't reach its records for a moment. Nothing that was saved is lost; please try again in a"
                        + " few seconds.");
        problem.setTitle("Attune is briefly unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseAway.retryAfterSeconds())
                .body(problem);
    }
}
