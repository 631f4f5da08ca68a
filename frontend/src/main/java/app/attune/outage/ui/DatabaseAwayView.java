package app.attune.outage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a screen that can't open shows while the database is away, instead of an error with a stack trace: a calm
 * word and a way to try again. Touches no data, so it can't fail the same way. Vaadin picks an error view by the
 * exact type of the failure or of one of its causes, so one small subclass stands for each way the outage shows up.
 * (Vaadin reads the type from the interface a class names itself, and scans abstract classes too, so each
 * subclass names it and answers it; a generic base class would stop the application from starting.)
 */
abstract class DatabaseAwayView extends Main {

    /** 503, like the API's answer while the database is away. */
    static final int STATUS = HttpStatusCode.SERVICE_UNAVAILABLE.getCode();

    DatabaseAwayView() {
        addClassName("attune-unavailable");
        add(
                new H1(getTranslation("unavailable.heading")),
                new Paragraph(getTranslation("unavailable.text")),
                new Anchor("", getTranslation("unavailable.retry")));
    }

    /** The pool waited its connection timeout and gave up: in the causes of nearly every outage failure. */
    @PageTitle("title.unavailable")
    @AnonymousAllowed
    static final class PoolTimedOut extends DatabaseAwayView
            implements HasErrorParameter<SQLTransientConnectionException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
            return STATUS;
        }
    }

    /** A transaction couldn't begin. */
    @PageTitle("title.unavailable")
    @AnonymousAllowed
    static final class NoTransaction extends DatabaseAwayView
            implements HasErrorParameter<CannotCreateTransactionException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return STATUS;
        }
    }

    /** Hibernate lost or couldn't get its connection. */
    @PageTitle("title.unavailable")
    @AnonymousAllowed
    static final class ConnectionLost extends DatabaseAwayView implements HasErrorParameter<JDBCConnectionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<JDBCConnectionException> parameter) {
            return STATUS;
        }
    }

    /** The pool's own word for a connection that died under the screen (a rollback on it fails with this). */
    @PageTitle("title.unavailable")
    @AnonymousAllowed
    static final class ConnectionClosed extends DatabaseAwayView implements HasErrorParameter<SQLException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLException> parameter) {
            return STATUS;
        }
    }

    /** Spring's word for a database that can't be reached. */
    @PageTitle("title.unavailable")
    @AnonymousAllowed
    static final class ResourceFailure extends DatabaseAwayView
            implements HasErrorParameter<DataAccessResourceFailureException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return STATUS;
        }
    }
}
