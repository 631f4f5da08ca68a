package app.attune.client.ui;

import app.attune.client.ClientDetails;
import com.vaadin.flow.component.Component;

/**
 * A tab that another feature adds to a client's page, such as appointments, notes or practices, so that the client
 * feature need not depend on them. Implementations are Spring beans.
 */
public interface ClientPageTab {

    /** Where the tab sits: lower comes first. The profile is 0 and the activity tab 1000. */
    int order();

    /** The translation key of the tab's label. */
    String labelKey();

    /** Whether admins see the tab. Admins see no clinical content. */
    boolean shownToAdmins();

    /** The tab's content for one client, built when their page renders. */
    Component content(ClientDetails client);
}
