package app.attune.outage.ui;

import app.attune.outage.DatabaseAway;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A click on an open screen (a save, a search) while the database is away gets a calm notice instead of Vaadin's
 * internal-error message: the screen stays as it was, with whatever was typed still in its fields, and the person can
 * try again. Any other failure goes to Vaadin's own handler, as before.
 */
@Component
class DatabaseAwayNotice implements VaadinServiceInitListener, ErrorHandler {

    private final ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui != null && DatabaseAway.explains(event.getThrowable())) {
            // Not FormProblems: shell.ui already looks here (PageTitles), and features must not form a cycle.
            var notice = Notification.show(ui.getTranslation("unavailable.notice"), 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        otherwise.error(event);
    }
}
