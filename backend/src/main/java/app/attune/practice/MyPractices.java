package app.attune.practice;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.Validation;
import app.attune.client.ClientDirectory;
import app.attune.security.Access;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's own practices in the portal: what to do this week, and recording "I did it". */
@Service
public class MyPractices {

    /** How far back a client may record a completion. */
    static final Duration RECORD_WINDOW = Duration.ofDays(7);
    /** How many past completions "What you've done" lists. */
    static final int PAST_SHOWN = 20;
    /** How many weeks back a run of weeks with a practice done is counted. */
    static final int STREAK_WEEKS = 53;

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final CompletionRepository completions;
    private final CompletionWriter writer;
    private final ClientDirectory directory;
    private final Validation validation;
    private final AuditLog audit;
    private final ClinicService clinics;
    private final Clock clock;

    MyPractices(
            AssignmentRepository assignments,
            AssignmentEventRepository events,
            CompletionRepository completions,
            CompletionWriter writer,
            ClientDirectory directory,
            Validation validation,
            AuditLog audit,
            ClinicService clinics,
            Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.completions = completions;
        this.writer = writer;
        this.directory = directory;
        this.validation = validation;
        this.audit = audit;
        this.clinics = clinics;
        this.clock = clock;
    }

    /**
     * The signed-in client's practices and past completions. Opening them marks new practices as seen, so the
     * notice of something new shows once. A fixed number of queries, however many practices and completions.
     */
    @PreAuthorize(Access.CLIENT)
    @Transactional
    public MyPracticesPage open() {
        var me = directory.me();
        ZoneId zone = clinics.clinic().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate monday = Adherence.weekOf(today);
        var open = assignments.findOpenForClient(me.id());
        // A year of completions is enough for every count on the page (a run of weeks longer than that shows as a
        // year's), and the newest few fill the history whenever they were.
        var all = completions.findRecentForClient(
                me.id(), monday.minusWeeks(STREAK_WEEKS).atStartOfDay(zone).toInstant(), PAST_SHOWN);
        var history = open.isEmpty()
                ? List.<AssignmentEvent>of()
                : events.findForAssignments(open.stream().map(Assignment::getId).toList());
        var daysByAssignment = all.stream()
                .collect(Collectors.groupingBy(
                        Completion::getAssignmentId,
                        Collectors.mapping(c -> c.getDoneAt().atZone(zone).toLocalDate(), Collectors.toList())));
        var eventsByAssignment = history.stream().collect(Collectors.groupingBy(AssignmentEvent::getAssignmentId));

        var practices = new ArrayList<MyPractice>();
        int newCount = 0;
        for (var a : open) {
            var days = daysByAssignment.getOrDefault(a.getId(), List.of());
            int thisWeek = (int) days.stream().filter(d -> !d.isBefore(monday)).count();
            boolean doneToday = days.contains(today);
            int expected = Adherence.of(a, eventsByAssignment.getOrDefault(a.getId(), List.of()), zone, today)
                    .expected(monday);
            boolean inDates =
                    !today.isBefore(a.getStartsOn()) && (a.getEndsOn() == null || !today.isAfter(a.getEndsOn()));
            boolean forToday = a.getStatus() == AssignmentStatus.ACTIVE
                    && inDates
                    && switch (a.getFrequency()) {
                        case DAILY -> !doneToday;
                        case TIMES_PER_WEEK ->
                            !doneToday
                                    && thisWeek < Objects.requireNonNull(a.getTimesPerWeek(), Adherence.TIMES_NEEDED);
                        case ONCE -> days.isEmpty();
                    };
            boolean isNew = a.getSeenAt() == null;
            newCount += isNew ? 1 : 0;
            var p = a.getPractice();
            practices.add(new MyPractice(
                    a.getId(),
                    p.getTitle(),
                    p.getMinutes(),
                    Practice.stepsOf(p.getSteps()),
                    p.getWhy(),
                    a.getNote(),
                    a.getFrequency(),
                    a.getTimesPerWeek(),
                    a.getStartsOn(),
                    a.getEndsOn(),
                    a.getStatus(),
                    isNew,
                    thisWeek,
                    expected,
                    doneToday,
                    forToday));
        }
        var allDays =
                all.stream().map(c -> c.getDoneAt().atZone(zone).toLocalDate()).collect(Collectors.toSet());
        int doneThisWeek = (int) all.stream()
                .filter(c -> !c.getDoneAt().atZone(zone).toLocalDate().isBefore(monday))
                .count();
        var past = all.stream()
                .limit(PAST_SHOWN)
                .map(c -> new MyPracticesPage.MyCompletion(
                        c.getAssignment().getPractice().getTitle(), c.row()))
                .toList();
        if (newCount > 0) {
            assignments.markSeen(me.id(), clock.instant());
        }
        audit.record(AuditAction.VIEW, me.id(), AuditRecordType.PRACTICES, me.id(), null);
        return new MyPracticesPage(today, practices, newCount, doneThisWeek, weeksInARow(allDays, monday), past);
    }

    /** How many of the signed-in client's practices they have not opened yet. */
    @PreAuthorize(Access.CLIENT)
    @Transactional(readOnly = true)
    public long newCount() {
        return assignments.countUnseen(directory.me().id());
    }

    /**
     * Records that the signed-in client did one of their own practices. {@code key} is made once per "I did it" form:
     * sending it again, after a double tap or a dropped connection, records nothing more and returns the same id.
     *
     * @throws InvalidInputException a rating is out of range, the time is in the future, over 7 days ago or outside
     *         the practice's dates, the reflection is too long, or the practice is paused or has ended; nothing is saved
     * @throws AccessDeniedException the assignment is not the client's own; the attempt is audited
     */
    @PreAuthorize(Access.CLIENT)
    @Transactional
    public Recorded complete(UUID assignmentId, UUID key, CompletionForm form) {
        var me = directory.me();
        Optional<Assignment> found = assignmentId == null ? Optional.empty() : assignments.findById(assignmentId);
        if (found.isEmpty() || !found.get().getClientId().equals(me.id())) {
            audit.recordAccess(
                    AuditAction.ACCESS_DENIED,
                    found.map(Assignment::getClientId).orElse(null),
                    AuditRecordType.ASSIGNMENT,
                    assignmentId);
            throw new AccessDeniedException("This practice is not yours");
        }
        var assignment = found.get();
        if (key == null) {
            throw new IllegalArgumentException("An idempotency key is needed");
        }
        validation.require(form);
        ZoneId zone = clinics.clinic().zone();
        var now = clock.instant();
        var doneAt = form.doneAt().atZone(zone).toInstant();
        var problems = new ArrayList<InvalidInputException.FieldProblem>();
        if (assignment.getStatus() == AssignmentStatus.PAUSED) {
            problems.add(new InvalidInputException.FieldProblem(
                    "assignment",
                    "This practice is on pause for now, "
                            + "so there's nothing to record. Your therapist can pick it up again with you."));
        } else if (assignment.getStatus() == AssignmentStatus.ENDED) {
            problems.add(new InvalidInputException.FieldProblem(
                    "assignment", "This practice has ended, so it can't be recorded any more."));
        }
        var day = form.doneAt().toLocalDate();
        if (doneAt.isAfter(now)) {
            problems.add(new InvalidInputException.FieldProblem(
                    "doneAt", "That time is still to come. Please choose a time that has already passed."));
        } else if (doneAt.isBefore(now.minus(RECORD_WINDOW))) {
            problems.add(
                    new InvalidInputException.FieldProblem("doneAt", "Please choose a time within the last 7 days."));
        } else if (day.isBefore(assignment.getStartsOn())
                || (assignment.getEndsOn() != null && day.isAfter(assignment.getEndsOn()))) {
            problems.add(new InvalidInputException.FieldProblem(
                    "doneAt", "Please choose a day within this practice's dates."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean first = writer.insert(assignmentId, key, doneAt, form, now);
        var id = writer.idFor(assignmentId, key);
        if (first) {
            audit.record(AuditAction.COMPLETE, me.id(), AuditRecordType.COMPLETION, id, null);
        }
        return new Recorded(id, first);
    }

    // Weeks in a row with at least one practice, counting back from this week, or from last week while this one
    // has none yet: a week that has only just begun never breaks the count.
    static int weeksInARow(Set<LocalDate> days, LocalDate monday) {
        var weeks = days.stream().map(Adherence::weekOf).collect(Collectors.toSet());
        var week = weeks.contains(monday) ? monday : monday.minusWeeks(1);
        int count = 0;
        while (weeks.contains(week)) {
            count++;
            week = week.minusWeeks(1);
        }
        return count;
    }
}
