package app.attune.practice;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.base.Validation;
import app.attune.client.ClientDirectory;
import app.attune.client.ClientStatus;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's side of practices: assigning them to their own clients, changing, pausing, resuming and ending them,
 * and following each one. Admins have no part in it: completions are clinical content.
 *
 * @see "docs/decisions/008-practices.md"
 */
@Service
public class AssignmentService {

    /** How many weeks of adherence the therapist sees per assignment. */
    static final int WEEKS_SHOWN = 12;

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final CompletionRepository completions;
    private final PracticeLibrary library;
    private final ClientDirectory directory;
    private final PracticeEmails emails;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditLog audit;
    private final ClinicService clinics;
    private final Clock clock;

    AssignmentService(
            AssignmentRepository assignments,
            AssignmentEventRepository events,
            CompletionRepository completions,
            PracticeLibrary library,
            ClientDirectory directory,
            PracticeEmails emails,
            CurrentUser currentUser,
            Validation validation,
            AuditLog audit,
            ClinicService clinics,
            Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.completions = completions;
        this.library = library;
        this.directory = directory;
        this.emails = emails;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.clinics = clinics;
        this.clock = clock;
    }

    /**
     * Assigns a practice to a client of the caller's caseload. The client sees it as new in their portal and, if they
     * agreed to email, is told by an email that says only that something is waiting.
     *
     * @throws InvalidInputException the schedule is wrong, the practice is retired, or the client is discharged
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public UUID assign(UUID clientId, AssignmentForm form) {
        var user = currentUser.require();
        var client = directory.visible(clientId);
        checkSchedule(form);
        if (client.status() == ClientStatus.DISCHARGED) {
            throw new InvalidInputException(
                    "client",
                    client.displayName() + " has been discharged. Re-open their record before assigning a practice.");
        }
        var practice = library.visible(form.practiceId(), user);
        if (practice.isRetired()) {
            throw new InvalidInputException(
                    "practiceId",
                    "This practice has been retired. Please choose another, or restore it in the library first.");
        }
        var assignment = new Assignment(clientId, user.id(), practice, form, clock.instant());
        assignments.saveAndFlush(assignment);
        events.save(new AssignmentEvent(assignment, AssignmentEventKind.ASSIGNED, user.id(), clock.instant()));
        audit.record(AuditAction.ASSIGN, clientId, AuditRecordType.ASSIGNMENT, assignment.getId(), null);
        directory
                .reminderAddresses(Set.of(clientId))
                .getOrDefault(clientId, Optional.empty())
                .ifPresent(emails::somethingNew);
        return assignment.getId();
    }

    /**
     * Changes an assignment's schedule and note, as read at {@code version}; the practice stays the same.
     *
     * @throws InvalidInputException the schedule is wrong, or the assignment has ended
     * @throws ConcurrentEditException someone else changed it first
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void change(UUID id, long version, AssignmentForm changed) {
        var assignment = own(id);
        var form = new AssignmentForm(
                assignment.getPractice().getId(),
                changed.frequency(),
                changed.timesPerWeek(),
                changed.startsOn(),
                changed.endsOn(),
                changed.note());
        checkSchedule(form);
        if (assignment.getStatus() == AssignmentStatus.ENDED) {
            throw new InvalidInputException(
                    "status", "This practice has ended, so it can't be changed. Assign it again to start afresh.");
        }
        requireVersion(assignment, version);
        assignment.schedule(form, clock.instant());
        record(assignment, AssignmentEventKind.CHANGED);
    }

    /** Pauses an active assignment: nothing is asked of the client until it resumes. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void pause(UUID id, long version) {
        move(
                id,
                version,
                AssignmentStatus.ACTIVE,
                AssignmentStatus.PAUSED,
                AssignmentEventKind.PAUSED,
                "Only an active practice can be paused.");
    }

    /** Resumes a paused assignment. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void resume(UUID id, long version) {
        move(
                id,
                version,
                AssignmentStatus.PAUSED,
                AssignmentStatus.ACTIVE,
                AssignmentEventKind.RESUMED,
                "Only a paused practice can be resumed.");
    }

    /** Ends an assignment for good; its completions and history stay. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void end(UUID id, long version) {
        var assignment = own(id);
        if (assignment.getStatus() == AssignmentStatus.ENDED) {
            throw new InvalidInputException("status", "This practice has already ended.");
        }
        requireVersion(assignment, version);
        assignment.setStatus(AssignmentStatus.ENDED, clock.instant());
        record(assignment, AssignmentEventKind.ENDED);
    }

    /**
     * Every assignment of a client of the caller's caseload, open ones first, each with its adherence per week, the
     * average easing of distress, completions and history. A fixed number of queries, whatever the numbers. The look
     * is audited.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<AssignmentFollowUp> followUp(UUID clientId) {
        directory.visible(clientId);
        ZoneId zone = clinics.clinic().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var list = assignments.findForClient(clientId);
        audit.recordAccess(AuditAction.VIEW, clientId, AuditRecordType.PRACTICES, clientId);
        if (list.isEmpty()) {
            return List.of();
        }
        var history = events
                .findForAssignments(list.stream().map(Assignment::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(AssignmentEvent::getAssignmentId));
        var done = completions.findForClient(clientId).stream()
                .collect(Collectors.groupingBy(Completion::getAssignmentId));
        var result = new ArrayList<AssignmentFollowUp>();
        for (var a : list) {
            var changes = history.getOrDefault(a.getId(), List.of());
            var rows = done.getOrDefault(a.getId(), List.of()).stream()
                    .map(Completion::row)
                    .toList();
            var adherence = Adherence.of(a, changes, zone, today);
            LocalDate last =
                    Adherence.weekOf(a.getEndsOn() != null && a.getEndsOn().isBefore(today) ? a.getEndsOn() : today);
            LocalDate first = Adherence.weekOf(a.getStartsOn());
            if (first.isBefore(last.minusWeeks(WEEKS_SHOWN - 1))) {
                first = last.minusWeeks(WEEKS_SHOWN - 1);
            }
            var weeks = first.isAfter(last)
                    ? List.<WeekAdherence>of()
                    : adherence.weeks(
                            first,
                            last,
                            rows.stream()
                                    .map(r -> r.doneAt().atZone(zone).toLocalDate())
                                    .toList());
            Double easing = rows.isEmpty()
                    ? null
                    : rows.stream().mapToInt(CompletionRow::easedBy).average().orElse(0);
            result.add(new AssignmentFollowUp(
                    a.getId(),
                    a.getVersion(),
                    a.getPractice().getId(),
                    a.getPractice().getTitle(),
                    a.getFrequency(),
                    a.getTimesPerWeek(),
                    a.getStartsOn(),
                    a.getEndsOn(),
                    a.getNote(),
                    a.getStatus(),
                    weeks,
                    easing,
                    rows,
                    changes.stream().map(AssignmentEvent::entry).toList().reversed()));
        }
        result.sort(Comparator.comparing((AssignmentFollowUp f) -> f.status() == AssignmentStatus.ENDED));
        return result;
    }

    /**
     * The caller's clients whose active practices were done less than half as often as asked over the last two full
     * weeks (Monday to Sunday), lowest first. Paused and ended assignments, and days before an assignment started,
     * ask for nothing. A fixed number of queries.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public List<SlippingClient> slipping() {
        var user = currentUser.require();
        ZoneId zone = clinics.clinic().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate to = Adherence.weekOf(today);
        LocalDate from = to.minusWeeks(2);
        var active = assignments.findActiveOfTherapistStartedBy(user.id(), to.minusDays(1));
        if (active.isEmpty()) {
            return List.of();
        }
        var ids = active.stream().map(Assignment::getId).toList();
        var history = events.findForAssignments(ids).stream()
                .collect(Collectors.groupingBy(AssignmentEvent::getAssignmentId));
        var done = completions
                .findForAssignmentsBetween(
                        ids,
                        from.atStartOfDay(zone).toInstant(),
                        to.atStartOfDay(zone).toInstant())
                .stream()
                .collect(Collectors.groupingBy(Completion::getAssignmentId));
        Map<UUID, int[]> perClient = new HashMap<>();
        for (var a : active) {
            var adherence = Adherence.of(a, history.getOrDefault(a.getId(), List.of()), zone, today);
            var days = done.getOrDefault(a.getId(), List.of()).stream()
                    .map(c -> c.getDoneAt().atZone(zone).toLocalDate())
                    .toList();
            var totals = perClient.computeIfAbsent(a.getClientId(), k -> new int[2]);
            for (var week : adherence.weeks(from, to.minusWeeks(1), days)) {
                totals[0] += Math.min(week.done(), week.expected());
                totals[1] += week.expected();
            }
        }
        var slipping = perClient.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0 && e.getValue()[0] * 2 < e.getValue()[1])
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (slipping.isEmpty()) {
            return List.of();
        }
        var names = directory.visibleAmong(slipping.keySet());
        return slipping.entrySet().stream()
                .flatMap(e -> Optional.ofNullable(names.get(e.getKey()))
                        .map(client ->
                                new SlippingClient(e.getKey(), client.displayName(), e.getValue()[0], e.getValue()[1]))
                        .stream())
                .sorted(Comparator.comparingInt(SlippingClient::percent).thenComparing(SlippingClient::name))
                .toList();
    }

    private void move(
            UUID id,
            long version,
            AssignmentStatus from,
            AssignmentStatus to,
            AssignmentEventKind kind,
            String refusal) {
        var assignment = own(id);
        if (assignment.getStatus() != from) {
            throw new InvalidInputException("status", refusal);
        }
        requireVersion(assignment, version);
        assignment.setStatus(to, clock.instant());
        record(assignment, kind);
    }

    private void record(Assignment assignment, AssignmentEventKind kind) {
        try {
            assignments.saveAndFlush(assignment);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        var user = currentUser.require();
        events.save(new AssignmentEvent(assignment, kind, user.id(), clock.instant()));
        audit.record(
                AuditAction.ASSIGNMENT_CHANGE,
                assignment.getClientId(),
                AuditRecordType.ASSIGNMENT,
                assignment.getId(),
                kind.name());
    }

    // An assignment of a client in the caller's caseload; an unknown id is refused like another therapist's.
    private Assignment own(@Nullable UUID id) {
        Optional<Assignment> found = id == null ? Optional.empty() : assignments.findById(id);
        if (found.isEmpty()) {
            audit.recordAccess(AuditAction.ACCESS_DENIED, null, AuditRecordType.ASSIGNMENT, id);
            throw new AccessDeniedException("This assignment is not in your caseload");
        }
        var assignment = found.get();
        directory.visible(assignment.getClientId());
        return assignment;
    }

    private static void requireVersion(Assignment assignment, long version) {
        if (assignment.getVersion() != version) {
            throw new ConcurrentEditException();
        }
    }

    private void checkSchedule(AssignmentForm form) {
        validation.require(form);
        var problems = new ArrayList<FieldProblem>();
        if (form.frequency() == Frequency.TIMES_PER_WEEK && form.timesPerWeek() == null) {
            problems.add(new FieldProblem("timesPerWeek", "Please choose 1 to 7 times a week."));
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldProblem("endsOn", "The last day can't be before the first day."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
