package app.attune.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.attune.base.ClinicService;
import app.attune.scheduling.AppointmentBook;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.AvailabilityService;
import app.attune.scheduling.BookingRules;
import app.attune.scheduling.Busy;
import app.attune.scheduling.DayOff;
import app.attune.scheduling.WeeklyWindow;
import app.attune.scheduling.WindowKind;
import app.attune.security.TherapistCard;
import app.attune.security.TherapistDirectory;

/**
 * Computes free consultation slots. Windows are in the clinic's local time, so a slot is a local date and time turned
 * into an instant with that day's offset: across a daylight-saving change a 09:00 window still starts at 09:00, a
 * local time that doesn't exist (the spring gap) offers nothing, and one that happens twice (the autumn overlap)
 * offers one slot, not two. It reads the database six times, whatever the range or the number of therapists.
 */
@Service
public class SlotEngine {

    /** A consultation is a quarter of an hour, on the quarter hour. */
    public static final Duration LENGTH = Duration.ofMinutes(15);

    private final TherapistDirectory therapists;
    private final AvailabilityService availability;
    private final AppointmentBook appointments;
    private final ClinicService clinics;
    private final Clock clock;

    SlotEngine(TherapistDirectory therapists, AvailabilityService availability, AppointmentBook appointments,
            ClinicService clinics, Clock clock) {
        this.therapists = therapists;
        this.availability = availability;
        this.appointments = appointments;
        this.clinics = clinics;
        this.clock = clock;
    }

    /** The therapists visitors may book: active, and accepting new consultations, by name. */
    @Transactional(readOnly = true)
    public List<TherapistCard> bookableTherapists() {
        var all = therapists.publicTherapists();
        return bookable(all, availability.rules(all.stream().map(TherapistCard::id).toList()));
    }

    private static List<TherapistCard> bookable(List<TherapistCard> all, Map<UUID, BookingRules> rules) {
        return all.stream().filter(t -> rules.getOrDefault(t.id(), BookingRules.DEFAULTS).accepting()).toList();
    }

    /**
     * Free slots from {@code from} to {@code to} inclusive (dates in the clinic's zone), earliest first, for one
     * therapist or, with null, every therapist accepting consultations.
     */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(@Nullable UUID therapistId, LocalDate from, LocalDate to) {
        ZoneId zone = clinics.clinic().zone();
        var all = therapists.publicTherapists();
        var rules = availability.rules(all.stream().map(TherapistCard::id).toList());
        var bookable = bookable(all, rules).stream().map(TherapistCard::id)
                .filter(id -> therapistId == null || id.equals(therapistId)).toList();
        if (bookable.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        var windows = availability.windows(bookable, WindowKind.CONSULTATION).stream()
                .collect(Collectors.groupingBy(WeeklyWindow::therapistId));
        var daysOff = availability.daysOff(bookable, from, to).stream()
                .collect(Collectors.groupingBy(DayOff::therapistId));
        Instant rangeStart = from.atStartOfDay(zone).toInstant().minus(Duration.ofHours(1));
        Instant rangeEnd = to.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(1));
        var busy = appointments.busy(bookable, rangeStart, rangeEnd).stream()
                .collect(Collectors.groupingBy(Busy::therapistId));

        Instant now = clock.instant();
        var slots = new ArrayList<Slot>();
        for (UUID id : bookable) {
            var rule = rules.getOrDefault(id, BookingRules.DEFAULTS);
            Instant earliest = now.plus(rule.minNotice());
            LocalDate last = LocalDate.ofInstant(now, zone).plusDays(rule.horizonDays());
            var theirBusy = busy.getOrDefault(id, List.of());
            Map<LocalDate, Long> consultationsPerDay = perDay(theirBusy, zone);
            for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(last); day = day.plusDays(1)) {
                LocalDate date = day;
                if (daysOff.getOrDefault(id, List.of()).stream().anyMatch(d -> d.covers(date))) {
                    continue;
                }
                long already = consultationsPerDay.getOrDefault(day, 0L);
                for (var window : windows.getOrDefault(id, List.of())) {
                    if (window.day() != day.getDayOfWeek()) {
                        continue;
                    }
                    addSlots(slots, id, rule, day, window, zone, earliest, theirBusy, already);
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparing(s -> s.therapistId().toString()));
        return slots;
    }

    private void addSlots(List<Slot> slots, UUID therapistId, BookingRules rule, LocalDate day, WeeklyWindow window,
            ZoneId zone, Instant earliest, List<Busy> busy, long consultationsThatDay) {
        if (consultationsThatDay >= rule.maxPerDay()) {
            return;
        }
        for (var local = LocalDateTime.of(day, window.start());
                !local.plus(LENGTH).isAfter(LocalDateTime.of(day, window.end()));
                local = local.plus(LENGTH)) {
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                continue; // the spring-forward gap: this local time doesn't exist today
            }
            Instant start = local.atZone(zone).toInstant();
            Instant end = start.plus(LENGTH);
            if (start.isBefore(earliest)) {
                continue;
            }
            Instant guardedStart = start.minus(rule.buffer());
            Instant guardedEnd = end.plus(rule.buffer());
            boolean free = busy.stream().noneMatch(b -> b.start().isBefore(guardedEnd) && guardedStart.isBefore(b.end()));
            if (free) {
                slots.add(new Slot(therapistId, start, end));
            }
        }
    }

    private static Map<LocalDate, Long> perDay(List<Busy> busy, ZoneId zone) {
        var counts = new HashMap<LocalDate, Long>();
        busy.stream().filter(b -> b.kind() == AppointmentKind.CONSULTATION)
                .forEach(b -> counts.merge(LocalDate.ofInstant(b.start(), zone), 1L, Long::sum));
        return counts;
    }

    /** Whether an instant sits on the clinic's quarter-hour grid. */
    static boolean onGrid(Instant start, ZoneId zone) {
        var local = start.atZone(zone);
        return local.getMinute() % 15 == 0 && local.getSecond() == 0 && local.getNano() == 0;
    }
}
