package app.attune.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The way into the scheduling screens: the views stay package-private, and a route or its query is renamed here and
 * in its view only. Scheduling's own links to pages of features built on it go through {@link AppointmentNotePage}
 * and {@link ConsultationsPage}, since scheduling may not depend on those features.
 *
 * @see "docs/decisions/001-modules-and-features.md, Typed navigation"
 */
public final class SchedulingNavigation {

    private SchedulingNavigation() {}

    /** Opens one therapist's own calendar on the week (or day) holding the date. */
    public static void toCalendar(LocalDate date, boolean byDay) {
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(calendar(date, byDay)));
    }

    /** Opens the calendar of the given therapist, for an admin, on the week (or day) holding the date. */
    public static void toCalendar(LocalDate date, boolean byDay, UUID therapistId) {
        var query = calendar(date, byDay);
        query.put(CalendarView.THERAPIST, therapistId.toString());
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(query));
    }

    private static Map<String, String> calendar(LocalDate date, boolean byDay) {
        var query = new HashMap<String, String>();
        query.put(CalendarView.DATE, date.toString());
        if (byDay) {
            query.put(CalendarView.VIEW, CalendarView.DAY);
        }
        return query;
    }
}
