package app.attune.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (.ics) files for appointments, which people add to their own calendars. Carry no clinical detail. */
@Component
public class CalendarFiles {

    /** The MIME type of an .ics attachment. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final Clock clock;

    CalendarFiles(Clock clock) {
        this.clock = clock;
    }

    /**
     * One event, in UTC so every calendar places it right. The same {@code uid} with a higher {@code sequence}
     * updates an event a calendar already has; {@code cancelled} removes it.
     */
    public byte[] event(String uid, int sequence, Instant start, Instant end, String summary, String description,
            boolean cancelled) {
        var event = new VEvent(start, end, summary);
        event.add(new Uid(uid));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence(sequence));
        if (description != null) {
            event.add(new Description(description));
        }
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
