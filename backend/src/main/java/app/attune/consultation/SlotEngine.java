package app.attune.consultation;

import app.attune.base.ClinicService;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.AppointmentBook;
import app.attune.scheduling.Busy;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.BookingRules;
import app.attune.scheduling.availability.DayOff;
import app.attune.scheduling.availability.WeeklyWindow;
import app.attune.scheduling.availability.WindowKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes free consultation slots: it reads the database six times, whatever the range or the number of therapists,
 * and leaves the arithmetic (local windows across daylight-saving changes, notice, buffers, the daily maximum) to
 * {@link SlotGrid}.
 *
 * @see "docs/decisions/006-booking-without-double-booking.md"
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

    SlotEngine(
            TherapistDirectory therapists,
            AvailabilityService availability,
            AppointmentBook appointments,
            ClinicService clinics,
            Clock clock) {
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
        return bookable(
                all, availability.rules(all.stream().map(TherapistCard::id).toList()));
    }

    private static List<TherapistCard> bookable(List<TherapistCard> all, Map<UUID, BookingRules> rules) {
        return all.stream()
                .filter(t -> rules.getOrDefault(t.id(), BookingRules.DEFAULTS).accepting())
                .toList();
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
        var bookable = bookable(all, rules).stream()
                .map(TherapistCard::id)
                .filter(id -> therapistId == null || id.equals(therapistId))
                .toList();
        if (bookable.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        var windows = availability.windows(bookable, WindowKind.CONSULTATION).stream()
                .collect(Collectors.groupingBy(WeeklyWindow::therapistId));
        var daysOff =
                availability.daysOff(bookable, from, to).stream().collect(Collectors.groupingBy(DayOff::therapistId));
        Instant rangeStart = from.atStartOfDay(zone).toInstant().minus(Duration.ofHours(1));
        Instant rangeEnd = to.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(1));
        var busy = appointments.busy(bookable, rangeStart, rangeEnd).stream()
                .collect(Collectors.groupingBy(Busy::therapistId));

        var grid = new SlotGrid(zone, clock.instant());
        var slots = new ArrayList<Slot>();
        for (UUID id : bookable) {
            slots.addAll(grid.free(
                    id,
                    rules.getOrDefault(id, BookingRules.DEFAULTS),
                    windows.getOrDefault(id, List.of()),
                    daysOff.getOrDefault(id, List.of()),
                    busy.getOrDefault(id, List.of()),
                    from,
                    to));
        }
        slots.sort(Comparator.comparing(Slot::start)
                .thenComparing(s -> s.therapistId().toString()));
        return slots;
    }

    /** Whether an instant sits on the clinic's quarter-hour grid. */
    static boolean onGrid(Instant start, ZoneId zone) {
        var local = start.atZone(zone);
        return local.getMinute() % 15 == 0 && local.getSecond() == 0 && local.getNano() == 0;
    }
}
