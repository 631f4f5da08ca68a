package app.attune.consultation;

import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.Busy;
import app.attune.scheduling.availability.BookingRules;
import app.attune.scheduling.availability.DayOff;
import app.attune.scheduling.availability.WeeklyWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The slot arithmetic, with nothing read from the database: one therapist's free quarter-hours from their weekly
 * windows, days off, busy times and booking rules. Windows are in the clinic's local time, so a slot is a local date
 * and time turned into an instant with that day's offset: across a daylight-saving change a 09:00 window still starts
 * at 09:00, a local time that doesn't exist (the spring gap) offers nothing, and one that happens twice (the autumn
 * overlap) offers one slot, not two. {@link SlotEngine} reads what it needs and asks this.
 *
 * @see "docs/decisions/006-booking-without-double-booking.md"
 */
final class SlotGrid {

    private final ZoneId zone;
    private final Instant now;

    SlotGrid(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /**
     * One therapist's free slots from {@code from} to {@code to} inclusive (dates in the clinic's zone), in the order
     * of their days and windows: at least the rule's notice from now, within its horizon, off their days off, the
     * rule's buffer clear of every busy time, and none on a day that already has the rule's maximum of consultations.
     */
    List<Slot> free(
            UUID therapistId,
            BookingRules rule,
            List<WeeklyWindow> windows,
            List<DayOff> daysOff,
            List<Busy> busy,
            LocalDate from,
            LocalDate to) {
        Instant earliest = now.plus(rule.minNotice());
        LocalDate last = LocalDate.ofInstant(now, zone).plusDays(rule.horizonDays());
        Map<LocalDate, Long> consultationsPerDay = perDay(busy);
        var slots = new ArrayList<Slot>();
        for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate date = day;
            if (daysOff.stream().anyMatch(d -> d.covers(date))) {
                continue;
            }
            long already = consultationsPerDay.getOrDefault(day, 0L);
            for (var window : windows) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                addSlots(slots, therapistId, rule, day, window, earliest, busy, already);
            }
        }
        return slots;
    }

    private void addSlots(
            List<Slot> slots,
            UUID therapistId,
            BookingRules rule,
            LocalDate day,
            WeeklyWindow window,
            Instant earliest,
            List<Busy> busy,
            long consultationsThatDay) {
        if (consultationsThatDay >= rule.maxPerDay()) {
            return;
        }
        Duration length = SlotEngine.LENGTH;
        for (var local = LocalDateTime.of(day, window.start());
                !local.plus(length).isAfter(LocalDateTime.of(day, window.end()));
                local = local.plus(length)) {
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                continue; // the spring-forward gap: this local time doesn't exist today
            }
            Instant start = local.atZone(zone).toInstant();
            Instant end = start.plus(length);
            if (start.isBefore(earliest)) {
                continue;
            }
            Instant guardedStart = start.minus(rule.buffer());
            Instant guardedEnd = end.plus(rule.buffer());
            boolean free =
                    busy.stream().noneMatch(b -> b.start().isBefore(guardedEnd) && guardedStart.isBefore(b.end()));
            if (free) {
                slots.add(new Slot(therapistId, start, end));
            }
        }
    }

    private Map<LocalDate, Long> perDay(List<Busy> busy) {
        var counts = new HashMap<LocalDate, Long>();
        busy.stream()
                .filter(b -> b.kind() == AppointmentKind.CONSULTATION)
                .forEach(b -> counts.merge(LocalDate.ofInstant(b.start(), zone), 1L, Long::sum));
        return counts;
    }
}
