package app.attune.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.attune.base.InvalidInputException;
import app.attune.base.Validation;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.security.TherapistDirectory;

/**
 * Therapists' availability: booking rules, weekly windows and time off. Reading it for free slots is public
 * (visitors see when a therapist is free); changing it is for the therapist and admins.
 */
@Service
public class AvailabilityService {

    private final BookingSettingsRepository settings;
    private final AvailabilityWindowRepository windows;
    private final TimeOffRepository timeOff;
    private final TherapistDirectory therapists;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final Clock clock;

    AvailabilityService(BookingSettingsRepository settings, AvailabilityWindowRepository windows,
            TimeOffRepository timeOff, TherapistDirectory therapists, CurrentUser currentUser, Validation validation,
            Clock clock) {
        this.settings = settings;
        this.windows = windows;
        this.timeOff = timeOff;
        this.therapists = therapists;
        this.currentUser = currentUser;
        this.validation = validation;
        this.clock = clock;
    }

    /** Each therapist's booking rules; the clinic's defaults for those who never changed theirs. One query. */
    @Transactional(readOnly = true)
    public Map<UUID, BookingRules> rules(Collection<UUID> therapistIds) {
        var result = new HashMap<UUID, BookingRules>();
        therapistIds.forEach(id -> result.put(id, BookingRules.DEFAULTS));
        settings.findAllById(therapistIds).forEach(s -> result.put(s.getTherapistId(), s.toRules()));
        return result;
    }

    /** The therapists' weekly windows of one kind. One query. */
    @Transactional(readOnly = true)
    public List<WeeklyWindow> windows(Collection<UUID> therapistIds, WindowKind kind) {
        return therapistIds.isEmpty() ? List.of()
                : windows.findFor(therapistIds, kind).stream().map(AvailabilityWindow::toRecord).toList();
    }

    /** The therapists' days off between two dates, without their private notes. One query. */
    @Transactional(readOnly = true)
    public List<DayOff> daysOff(Collection<UUID> therapistIds, LocalDate from, LocalDate to) {
        return therapistIds.isEmpty() ? List.of()
                : timeOff.findFor(therapistIds, from, to).stream().map(TimeOff::toRecord)
                        .map(d -> new DayOff(d.id(), d.therapistId(), d.firstDay(), d.lastDay(), null)).toList();
    }

    /** A therapist's own booking rules, for them or an admin. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public BookingRules settingsOf(UUID therapistId) {
        requireOwnOrAdmin(therapistId);
        return rules(List.of(therapistId)).get(therapistId);
    }

    /** Saves a therapist's booking rules. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void saveSettings(UUID therapistId, BookingRules rules) {
        requireOwnOrAdmin(therapistId);
        validation.require(rules);
        settings.findById(therapistId)
                .orElseGet(() -> settings.save(new BookingSettings(therapistId, clock.instant())))
                .apply(rules, clock.instant());
    }

    /** A therapist's weekly windows of one kind, for them or an admin. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<WeeklyWindow> windowsOf(UUID therapistId, WindowKind kind) {
        requireOwnOrAdmin(therapistId);
        return windows(List.of(therapistId), kind);
    }

    /** Adds a weekly window; refused if it ends before it starts or overlaps another of the same kind. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void addWindow(UUID therapistId, WindowKind kind, DayOfWeek day, LocalTime start, LocalTime end) {
        requireOwnOrAdmin(therapistId);
        if (day == null || start == null || end == null) {
            throw new InvalidInputException("start", "Please choose a day, a start time and an end time.");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "The window needs to end after it starts.");
        }
        try {
            windows.saveAndFlush(new AvailabilityWindow(therapistId, kind, day, start, end));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("start", "This overlaps another window on the same day.");
        }
    }

    /** Removes one of the therapist's windows. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void removeWindow(UUID windowId) {
        var window = windows.findById(windowId).orElseThrow(() -> new AccessDeniedException("No such window"));
        requireOwnOrAdmin(window.getTherapistId());
        windows.delete(window);
    }

    /** A therapist's time off from today on, with its notes, for them or an admin. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DayOff> timeOffOf(UUID therapistId) {
        requireOwnOrAdmin(therapistId);
        return timeOff.findFor(List.of(therapistId), LocalDate.now(clock), LocalDate.MAX).stream()
                .map(TimeOff::toRecord).toList();
    }

    /** Adds days off; refused if they end before they start or overlap days already off. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void addTimeOff(UUID therapistId, LocalDate first, LocalDate last, String note) {
        requireOwnOrAdmin(therapistId);
        if (first == null || last == null) {
            throw new InvalidInputException("firstDay", "Please choose the first and last day.");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("lastDay", "The last day can't be before the first.");
        }
        if (note != null && note.length() > 200) {
            throw new InvalidInputException("note", "Please keep the note to 200 characters or fewer.");
        }
        try {
            timeOff.saveAndFlush(new TimeOff(therapistId, first, last, note == null || note.isBlank() ? null : note.strip()));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("firstDay", "These days overlap time off you already have.");
        }
    }

    /** Removes days off. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void removeTimeOff(UUID timeOffId) {
        var off = timeOff.findById(timeOffId).orElseThrow(() -> new AccessDeniedException("No such time off"));
        requireOwnOrAdmin(off.getTherapistId());
        timeOff.delete(off);
    }

    private void requireOwnOrAdmin(UUID therapistId) {
        var user = currentUser.require();
        if (user.role() == Role.ADMIN ? !therapists.isTherapist(therapistId) : !user.id().equals(therapistId)) {
            throw new AccessDeniedException("This is another therapist's availability");
        }
    }
}
