package app.attune.scheduling.availability;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.base.TextRules;
import app.attune.base.Validation;
import app.attune.people.TherapistDirectory;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists' availability: booking rules, weekly windows and time off. Reading it for free slots is public
 * (visitors see when a therapist is free); changing it is for the therapist and admins.
 */
@Service
public class AvailabilityService {

    private final BookingSettingsRepository settings;
    private final AvailabilityWindowRepository windows;
    private final TimeOffRepository timeOff;
    private final BookedTime booked;
    private final TherapistDirectory therapists;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final ClinicService clinics;
    private final AuditLog audit;
    private final Clock clock;

    AvailabilityService(
            BookingSettingsRepository settings,
            AvailabilityWindowRepository windows,
            TimeOffRepository timeOff,
            BookedTime booked,
            TherapistDirectory therapists,
            CurrentUser currentUser,
            Validation validation,
            ClinicService clinics,
            AuditLog audit,
            Clock clock) {
        this.settings = settings;
        this.windows = windows;
        this.timeOff = timeOff;
        this.booked = booked;
        this.therapists = therapists;
        this.currentUser = currentUser;
        this.validation = validation;
        this.clinics = clinics;
        this.audit = audit;
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
        return therapistIds.isEmpty()
                ? List.of()
                : windows.findFor(therapistIds, kind).stream()
                        .map(AvailabilityWindow::toRecord)
                        .toList();
    }

    /** The therapists' days off between two dates, without their private notes. One query. */
    @Transactional(readOnly = true)
    public List<DayOff> daysOff(Collection<UUID> therapistIds, LocalDate from, LocalDate to) {
        return therapistIds.isEmpty()
                ? List.of()
                : timeOff.findFor(therapistIds, from, to).stream()
                        .map(TimeOff::toRecord)
                        .map(d -> new DayOff(d.id(), d.therapistId(), d.firstDay(), d.lastDay(), null))
                        .toList();
    }

    /** A therapist's own booking rules, for them or an admin. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public BookingRules settingsOf(UUID therapistId) {
        requireOwnOrAdmin(therapistId);
        return rules(List.of(therapistId)).getOrDefault(therapistId, BookingRules.DEFAULTS);
    }

    /** Saves a therapist's booking rules. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void saveSettings(UUID therapistId, BookingRules rules) {
        requireOwnOrAdmin(therapistId);
        validation.require(rules);
        settings.findById(therapistId)
                .orElseGet(() -> settings.save(new BookingSettings(therapistId, clock.instant())))
                .apply(rules, clock.instant());
    }

    /** A therapist's weekly windows of one kind, for them or an admin. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<WeeklyWindow> windowsOf(UUID therapistId, WindowKind kind) {
        requireOwnOrAdmin(therapistId);
        return windows(List.of(therapistId), kind);
    }

    /**
     * Adds a weekly window.
     *
     * @throws InvalidInputException on {@code day}, {@code start} or {@code end}: one is missing, the window ends
     *         before it starts, or it overlaps another window of the same kind; nothing is saved
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void addWindow(UUID therapistId, WindowKind kind, DayOfWeek day, LocalTime start, LocalTime end) {
        requireOwnOrAdmin(therapistId);
        var problems = new ArrayList<FieldProblem>();
        if (day == null) {
            problems.add(new FieldProblem("day", "Please choose a day."));
        }
        if (start == null) {
            problems.add(new FieldProblem("start", "Please choose when the window starts."));
        }
        if (end == null) {
            problems.add(new FieldProblem("end", "Please choose when the window ends."));
        } else if (start != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("end", "The window needs to end after it starts."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            windows.saveAndFlush(new AvailabilityWindow(therapistId, kind, day, start, end));
        } catch (DataIntegrityViolationException e) {
            throw overlap(e, "start", "This overlaps another window on the same day.");
        }
    }

    /** Removes one of the therapist's windows. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void removeWindow(UUID windowId) {
        var window =
                windows.findById(windowId).orElseThrow(() -> refuse(AuditRecordType.AVAILABILITY_WINDOW, windowId));
        requireOwnOrAdmin(window.getTherapistId(), AuditRecordType.AVAILABILITY_WINDOW, windowId);
        windows.delete(window);
    }

    /** A therapist's time off from today (in the clinic's time zone) on, with its notes, for them or an admin. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<DayOff> timeOffOf(UUID therapistId) {
        requireOwnOrAdmin(therapistId);
        return timeOff.findFrom(therapistId, today()).stream()
                .map(TimeOff::toRecord)
                .toList();
    }

    /**
     * Adds days off, both ends included.
     *
     * @throws InvalidInputException on {@code firstDay}, {@code lastDay} or {@code note}: a day is missing, the days
     *         end before they start or are already over, the note is too long, or they overlap days already off;
     *         nothing is saved
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void addTimeOff(UUID therapistId, LocalDate first, LocalDate last, String note) {
        requireOwnOrAdmin(therapistId);
        var problems = new ArrayList<FieldProblem>();
        if (!TextRules.isPlainText(note)) {
            problems.addAll(TextRules.plainTextProblem("note"));
        }
        if (first == null) {
            problems.add(new FieldProblem("firstDay", "Please choose the first day off."));
        }
        if (last == null) {
            problems.add(new FieldProblem("lastDay", "Please choose the last day off."));
        } else if (first != null && last.isBefore(first)) {
            problems.add(new FieldProblem("lastDay", "The last day can't be before the first."));
        } else if (last.isBefore(today())) {
            // The list shows days off from today on, so past ones would vanish as soon as they were added.
            problems.add(new FieldProblem("lastDay", "These days are already over. Please choose days from today on."));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 200) {
            problems.add(new FieldProblem("note", "Please keep the note to 200 characters or fewer."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            timeOff.saveAndFlush(new TimeOff(therapistId, first, last, cleanNote));
        } catch (DataIntegrityViolationException e) {
            throw overlap(e, "firstDay", "These days overlap days off already listed.");
        }
    }

    /**
     * How many active appointments the therapist has on these days, both included, so that adding them as days off
     * can warn first. Days off never cancel anything by themselves.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public int appointmentsDuring(UUID therapistId, LocalDate first, LocalDate last) {
        requireOwnOrAdmin(therapistId);
        if (first == null || last == null || last.isBefore(first)) {
            return 0;
        }
        var zone = clinics.clinic().zone();
        return booked.activeCount(
                therapistId,
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Removes days off. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void removeTimeOff(UUID timeOffId) {
        var off = timeOff.findById(timeOffId).orElseThrow(() -> refuse(AuditRecordType.TIME_OFF, timeOffId));
        requireOwnOrAdmin(off.getTherapistId(), AuditRecordType.TIME_OFF, timeOffId);
        timeOff.delete(off);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(clinics.clinic().zone()));
    }

    // Only the exclusion constraints speak of the person's input; any other broken rule is a bug and stays one.
    private static RuntimeException overlap(DataIntegrityViolationException e, String field, String message) {
        return e.getMostSpecificCause() instanceof SQLException sql && "23P01".equals(sql.getSQLState())
                ? new InvalidInputException(field, message)
                : e;
    }

    private void requireOwnOrAdmin(UUID therapistId) {
        requireOwnOrAdmin(therapistId, AuditRecordType.AVAILABILITY, therapistId);
    }

    /** Another therapist's availability is refused, and the refusal audited like any guessed id. */
    private void requireOwnOrAdmin(UUID therapistId, AuditRecordType recordType, UUID recordId) {
        var user = currentUser.require();
        if (user.role() == Role.ADMIN
                ? !therapists.isTherapist(therapistId)
                : !user.id().equals(therapistId)) {
            throw refuse(recordType, recordId);
        }
    }

    private AccessDeniedException refuse(AuditRecordType recordType, @Nullable UUID recordId) {
        audit.recordAccess(AuditAction.ACCESS_DENIED, null, recordType, recordId);
        return new AccessDeniedException("This is another therapist's availability");
    }
}
