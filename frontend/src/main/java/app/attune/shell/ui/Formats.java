package app.attune.shell.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times as people read them: in the clinic's time zone and the person's language. */
public final class Formats {

    private Formats() {}

    /** A moment as a date and time in the given zone. */
    public static String dateTime(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }

    /** A calendar date. */
    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** A time of day, e.g. a weekly window's start. */
    public static String time(LocalTime time, Locale locale) {
        return time == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(time);
    }
}
