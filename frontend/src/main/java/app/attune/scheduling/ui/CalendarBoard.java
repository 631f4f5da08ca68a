package app.attune.scheduling.ui;

import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.CalendarEntry;
import app.attune.scheduling.CalendarWeek;
import app.attune.scheduling.SessionMode;
import app.attune.scheduling.availability.WeeklyWindow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A week or a day drawn with CSS: a column per day, a pixel per minute, the working hours and consultation windows
 * shaded behind, days off marked, appointments placed by time, and a line at the current time. Clicking an empty
 * spot offers a session at that quarter-hour.
 */
class CalendarBoard extends Div {

    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 19;

    CalendarBoard(
            CalendarWeek week,
            ZoneId zone,
            Instant now,
            Consumer<CalendarEntry> onEntry,
            BiConsumer<LocalDate, LocalTime> onFreeTime) {
        addClassName("attune-cal");
        int days = (int) (week.last().toEpochDay() - week.first().toEpochDay()) + 1;
        int from = firstHour(week, zone);
        int to = lastHour(week, zone);
        // The current time is always in view on a calendar that shows today, even early or late in the day.
        var nowLocal = now.atZone(zone);
        if (!nowLocal.toLocalDate().isBefore(week.first())
                && !nowLocal.toLocalDate().isAfter(week.last())) {
            from = Math.min(from, nowLocal.getHour());
            to = Math.max(to, Math.min(24, nowLocal.getHour() + 1));
        }
        getStyle().set("--attune-cal-days", String.valueOf(days)).set("--attune-cal-height", (to - from) * 60 + "px");
        var today = LocalDate.ofInstant(now, zone);

        var head = new Div(new Div());
        head.addClassName("attune-cal-head");
        var body = new Div();
        body.addClassName("attune-cal-body");
        var hours = new Div();
        hours.addClassName("attune-cal-hours");
        for (int h = from; h < to; h++) {
            var label = new Span(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .format(LocalTime.of(h, 0)));
            label.getStyle().set("top", (h - from) * 60 + "px");
            hours.add(label);
        }
        body.add(hours);

        for (int d = 0; d < days; d++) {
            var date = week.first().plusDays(d);
            var name = new Div(
                    new Span(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())),
                    new Span(String.valueOf(date.getDayOfMonth())));
            name.addClassName("attune-cal-dayname");
            if (date.equals(today)) {
                name.addClassName("attune-today-mark");
            }
            head.add(name);
            body.add(column(week, date, zone, from, now, onEntry, onFreeTime));
        }
        var scroller = new Div(head, body);
        scroller.addClassName("attune-cal-scroll");
        add(scroller);
    }

    private Div column(
            CalendarWeek week,
            LocalDate date,
            ZoneId zone,
            int from,
            Instant now,
            Consumer<CalendarEntry> onEntry,
            BiConsumer<LocalDate, LocalTime> onFreeTime) {
        var column = new Div();
        column.addClassName("attune-cal-day");
        column.getElement()
                .setAttribute(
                        "aria-label",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(getLocale())
                                .format(date));
        shade(column, week.workingHours(), date.getDayOfWeek(), from, "attune-cal-working");
        shade(column, week.consultationWindows(), date.getDayOfWeek(), from, "attune-cal-consultation");
        boolean off = week.daysOff().stream().anyMatch(o -> !date.isBefore(o.firstDay()) && !date.isAfter(o.lastDay()));
        if (off) {
            var mark = new Div(new Span(getTranslation("calendar.day-off")));
            mark.addClassName("attune-cal-off");
            column.add(mark);
        }
        if (LocalDate.ofInstant(now, zone).equals(date)) {
            var line = new Div();
            line.addClassName("attune-cal-now");
            line.getElement().setAttribute("title", getTranslation("calendar.now"));
            line.getStyle().set("top", minutesFrom(now.atZone(zone).toLocalTime(), from) + "px");
            column.add(line);
        }
        var dayStart = date.atStartOfDay(zone).toInstant();
        var dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        week.entries().stream()
                .filter(e -> e.start().isBefore(dayEnd) && e.end().isAfter(dayStart))
                .forEach(e -> column.add(entry(e, zone, date, from, onEntry)));
        // A click on the column itself, not on an appointment, is a click on free time.
        column.getElement()
                .addEventListener("click", event -> {
                    int minute = (int) event.getEventData().get("event.offsetY").asDouble();
                    int quarter = Math.max(0, minute / 15 * 15) + from * 60;
                    if (quarter < 24 * 60) {
                        onFreeTime.accept(date, LocalTime.of(quarter / 60, quarter % 60));
                    }
                })
                .addEventData("event.offsetY")
                .setFilter("event.target === element");
        return column;
    }

    private Div entry(CalendarEntry e, ZoneId zone, LocalDate date, int from, Consumer<CalendarEntry> onEntry) {
        var start = e.start().atZone(zone);
        var end = e.end().atZone(zone);
        var top = start.toLocalDate().isBefore(date) ? 0 : minutesFrom(start.toLocalTime(), from);
        var bottom = end.toLocalDate().isAfter(date) ? 24 * 60 - from * 60 : minutesFrom(end.toLocalTime(), from);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        String who = e.clientName() != null
                ? e.clientName()
                : getTranslation("appointment.kind." + e.kind().name());
        var box = new Div(new Span(time.format(start) + "–" + time.format(end)), new Span(who));
        box.addClassNames(
                "attune-cal-entry",
                "kind-" + e.kind().name().toLowerCase(),
                "status-" + e.status().name().toLowerCase().replace('_', '-'));
        if (e.status() != app.attune.scheduling.AppointmentStatus.BOOKED) {
            box.add(new Span(getTranslation("appointment.status." + e.status().name())));
        }
        if (e.mode() == SessionMode.VIDEO) {
            box.add(new Span(getTranslation("session.mode.VIDEO")));
        }
        box.getStyle().set("top", top + "px").set("height", Math.max(15, bottom - top) + "px");
        box.getElement()
                .setAttribute("role", "button")
                .setAttribute("tabindex", "0")
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "calendar.entry.label",
                                getTranslation("appointment.kind." + e.kind().name()),
                                who,
                                time.format(start),
                                time.format(end),
                                getTranslation(
                                        "appointment.status." + e.status().name())));
        box.addClickListener(click -> onEntry.accept(e));
        box.getElement().addEventListener("keydown", k -> onEntry.accept(e)).setFilter("event.key === 'Enter'");
        if (e.kind() == AppointmentKind.CONSULTATION) {
            box.getElement().setAttribute("title", getTranslation("calendar.consultation.hint"));
        }
        return box;
    }

    private static void shade(Div column, List<WeeklyWindow> windows, DayOfWeek day, int from, String className) {
        windows.stream().filter(w -> w.day() == day).forEach(w -> {
            var block = new Div();
            block.addClassName(className);
            int top = Math.max(0, minutesFrom(w.start(), from));
            block.getStyle().set("top", top + "px").set("height", (minutesFrom(w.end(), from) - top) + "px");
            column.add(block);
        });
    }

    private static int minutesFrom(LocalTime time, int fromHour) {
        return time.getHour() * 60 + time.getMinute() - fromHour * 60;
    }

    private static int firstHour(CalendarWeek week, ZoneId zone) {
        int first = FIRST_HOUR;
        for (var w : week.workingHours()) {
            first = Math.min(first, w.start().getHour());
        }
        for (var w : week.consultationWindows()) {
            first = Math.min(first, w.start().getHour());
        }
        for (var e : week.entries()) {
            first = Math.min(first, e.start().atZone(zone).getHour());
        }
        return first;
    }

    private static int lastHour(CalendarWeek week, ZoneId zone) {
        int last = LAST_HOUR;
        for (var w : week.workingHours()) {
            last = Math.max(last, w.end().getHour() + (w.end().getMinute() > 0 ? 1 : 0));
        }
        for (var w : week.consultationWindows()) {
            last = Math.max(last, w.end().getHour() + (w.end().getMinute() > 0 ? 1 : 0));
        }
        for (var e : week.entries()) {
            var end = e.end().atZone(zone).toLocalTime();
            last = Math.max(last, end.getHour() == 0 && end.getMinute() == 0 ? 24 : end.getHour() + 1);
        }
        return Math.min(24, last);
    }
}
