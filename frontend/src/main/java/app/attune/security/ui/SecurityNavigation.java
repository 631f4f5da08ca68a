package app.attune.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.modulith.NamedInterface;

/**
 * The way into the sign-in screens: the views stay package-private, and a route or the notice the login page shows is
 * renamed here and in its view only. The servlet filters, which run before Vaadin, still write {@code /login?…}
 * themselves.
 *
 * @see "docs/decisions/001-modules-and-features.md, Typed navigation"
 */
@NamedInterface("navigation")
public final class SecurityNavigation {

    private SecurityNavigation() {}

    /** Opens the sign-in page. */
    public static void toLogin() {
        UI.getCurrent().navigate(LoginView.class);
    }

    /** The address of the sign-in page, for a link. */
    public static String loginLocation() {
        return url(LoginView.class);
    }

    /** The sign-in page, telling that the password was changed ({@code login?reset}). */
    static String loginAfterReset() {
        return login(LoginView.RESET, "");
    }

    /** The sign-in page, telling why the person was signed out ({@code login?signed-out=idle}). */
    static String loginSignedOut(String reason) {
        return login(LoginView.SIGNED_OUT, reason);
    }

    /** The address of the public landing page, where a signed-in person is sent on to their home. */
    public static String homeLocation() {
        return url(LandingView.class);
    }

    /** The address of the page that sends a password-reset link. */
    static String forgotPasswordLocation() {
        return url(ForgotPasswordView.class);
    }

    private static String login(String notice, String value) {
        return new Location(loginLocation(), QueryParameters.of(notice, value)).getPathWithQueryParameters();
    }

    private static String url(Class<? extends com.vaadin.flow.component.Component> view) {
        return RouteConfiguration.forSessionScope().getUrl(view);
    }
}
