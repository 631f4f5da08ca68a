package app.attune.consultation.ui;

import com.vaadin.flow.router.RouteConfiguration;

/**
 * The way into the consultation screens: the views stay package-private, and a route is renamed here and in its view
 * only.
 *
 * @see "docs/decisions/001-modules-and-features.md, Typed navigation"
 */
public final class ConsultationNavigation {

    private ConsultationNavigation() {}

    /** The address of the therapist's list of free consultations. */
    public static String consultationsLocation() {
        return RouteConfiguration.forSessionScope().getUrl(ConsultationsView.class);
    }

    /** The address of the public booking page. */
    public static String bookingLocation() {
        return RouteConfiguration.forSessionScope().getUrl(BookingView.class);
    }
}
