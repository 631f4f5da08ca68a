package app.attune.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** iCalendar (.ics) files for appointments, which people add to their own calendars. Carry no clinical detail. */
@Component
public class CalendarFiles {

    /** The MIME type of an .ics attachment. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final Clock clock;

    CalendarFiles(Clock clock) {
        this.clock = clock;
    }

    /** One event of a calendar. {@code location} and {@code description} may be null. */
    public record Event(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            @Nullable String location,
            @Nullable String description) {}

    /**
     * A calendar of many events, for a subscription: a calendar app fetches it again from time to time and shows
     * what it holds now. {@code name} is how the app lists the calendar.
     */
    public byte[] feed(String name, List<Event> events) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Attune//Practice management//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (var e : events) {
            calendar.add(vevent(e));
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One event to add to a calendar by hand, e.g. a session the client downloads. */
    public byte[] event(Event e) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Attune//Practice management//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(vevent(e));
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent vevent(Event e) {
        var event = new VEvent(e.start(), e.end(), e.summary());
        event.add(new Uid(e.uid()));
        // The constructor already stamps the event (from the system clock); one DTSTAMP per event is allowed.
        event.replace(new DtStamp(clock.instant()));
        event.add(new Sequence(e.sequence()));
        if (e.location() != null) {
            event.add(new Location(e.location()));
        }
        if (e.description() != null) {
            event.add(new Description(e.description()));
        }
        return event;
    }

    /**
     * One event, in UTC so every calendar places it right. The same {@code uid} with a higher {@code sequence}
     * updates an event a calendar already has; {@code cancelled} removes it.
     */
    public byte[] event(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            @Nullable String description,
            boolean cancelled) {
        var event = vevent(new Event(uid, sequence, start, end, summary, null, description));
        if (cancelled) {
            event.add(new net.fortuna.ical4j.model.property.Status("CANCELLED"));
        }
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Attune//Practice management//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(cancelled ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH));
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
