package app.attune.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;

/**
 * The way into the client screens from anywhere: the views stay package-private, and a route is renamed here and in
 * its view only.
 *
 * @see "docs/decisions/001-modules-and-features.md, Typed navigation"
 */
public final class ClientNavigation {

    private ClientNavigation() {}

    /** Opens one client's page. */
    public static void toClient(UUID clientId) {
        UI.getCurrent().navigate(ClientView.class, client(clientId));
    }

    /** The address of one client's page, for a link ({@code clients/<id>}). */
    public static String clientLocation(UUID clientId) {
        return RouteConfiguration.forSessionScope().getUrl(ClientView.class, client(clientId));
    }

    /** Opens the caseload. */
    public static void toCaseload() {
        UI.getCurrent().navigate(CaseloadView.class);
    }

    /** Opens the form for a new client. */
    public static void toNewClient() {
        UI.getCurrent().navigate(NewClientView.class);
    }

    /** The address of the client's home in the portal. */
    static String mySpaceLocation() {
        return RouteConfiguration.forSessionScope().getUrl(MySpaceView.class);
    }

    private static RouteParameters client(UUID clientId) {
        return new RouteParameters(ClientView.ID, clientId.toString());
    }
}
