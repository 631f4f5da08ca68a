package app.attune.scheduling;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads a calendar file the way a calendar app would, for tests that check what each event holds. */
public final class CalendarFileChecks {

    private CalendarFileChecks() {}

    /** How many DTSTAMP lines each VEVENT of the file has, in order; RFC 5545 allows exactly one. */
    public static List<Integer> stampsPerEvent(String ics) {
        try {
            return new CalendarBuilder()
                    .build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
                            .map(event -> event.getProperties(Property.DTSTAMP).size())
                            .toList();
        } catch (Exception e) {
            throw new AssertionError("Not a calendar file a calendar app could read: " + e.getMessage(), e);
        }
    }
}
