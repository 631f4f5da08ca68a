package app.attune.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the server has ended a session (idle, lifetime, signed out elsewhere), the open page goes straight to the
 * sign-in form, which says why, instead of showing Vaadin's technical "session expired" notice.
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?signed-out");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
