package app.attune.scheduling;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.base.TextRules;
import app.attune.client.CaseloadClient;
import app.attune.client.ClientDirectory;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.security.Access;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapy sessions: booking one or a weekly series with a client of the caseload, moving and cancelling one or the
 * rest of a series, and marking what happened. A therapist works on their own calendar, an admin on anyone's. Every
 * change is audited.
 *
 * @see "docs/decisions/007-sessions-and-calendar.md"
 */
@Service
public class SessionService {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final AppointmentRepository appointments;
    private final TherapySessionRepository sessions;
    private final SessionSeriesRepository series;
    private final AppointmentBook book;
    private final AvailabilityService availability;
    private final ClientDirectory clients;
    private final CalendarAccess access;
    private final AuditLog audit;
    private final ClinicService clinics;
    private final java.time.Clock clock;

    SessionService(
            AppointmentRepository appointments,
            TherapySessionRepository sessions,
            SessionSeriesRepository series,
            AppointmentBook book,
            AvailabilityService availability,
            ClientDirectory clients,
            CalendarAccess access,
            AuditLog audit,
            ClinicService clinics,
            java.time.Clock clock) {
        this.appointments = appointments;
        this.sessions = sessions;
        this.series = series;
        this.book = book;
        this.availability = availability;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.clinics = clinics;
        this.clock = clock;
    }

    /**
     * The dates a new session or series would take, each with what is in the way, so the therapist can decide before
     * anything is booked.
     *
     * @throws InvalidInputException a field is missing or wrong, or the client is discharged
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public SessionPlan plan(SessionRequest request) {
        var client = checked(request);
        return plan(client, request);
    }

    /**
     * Books a session, or a series. When some dates of a series are taken, nothing is booked unless
     * {@code skipTakenDates} is true; then the free dates are booked and the taken ones reported.
     *
     * @throws InvalidInputException a field is wrong, the client is discharged or outside the caseload, or the time
     *         overlaps another appointment (the message names it); nothing is booked
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public BookedSessions book(SessionRequest request, boolean skipTakenDates) {
        var client = checked(request);
        book.lockTherapist(client.therapistId());
        var plan = plan(client, request);
        var taken = plan.conflicts();
        boolean single = plan.occurrences().size() == 1;
        if (!taken.isEmpty() && (single || !skipTakenDates)) {
            throw new InvalidInputException(
                    "start",
                    single
                            ? "This time overlaps " + taken.getFirst().conflict() + "."
                            : taken.size() + " of the " + plan.occurrences().size() + " dates are taken, the first by "
                                    + taken.getFirst().conflict()
                                    + ". Please confirm to book the others, or choose another time.");
        }
        if (taken.size() == plan.occurrences().size()) {
            throw new InvalidInputException("start", "Every date of this series is taken. Please choose another time.");
        }
        var now = clock.instant();
        UUID seriesId = single
                ? null
                : series.save(new SessionSeries(
                                client.therapistId(),
                                client.id(),
                                Objects.requireNonNull(request.repeat(), "a series repeats")
                                        .weeks(),
                                now))
                        .getId();
        var booked = new ArrayList<UUID>();
        for (var occurrence : plan.occurrences()) {
            if (!occurrence.free()) {
                continue;
            }
            UUID id = reserve(client, occurrence.start(), occurrence.end());
            sessions.save(new TherapySession(
                    id,
                    seriesId,
                    single ? null : occurrence.index(),
                    Objects.requireNonNull(request.type(), "checked"),
                    Objects.requireNonNull(request.mode(), "checked"),
                    SessionRules.clean(request.videoLink()),
                    SessionRules.clean(request.location()),
                    now));
            audit.record(
                    AuditAction.CREATE,
                    client.id(),
                    AuditRecordType.SESSION,
                    id,
                    single
                            ? null
                            : "series session " + occurrence.index() + " of "
                                    + plan.occurrences().size());
            booked.add(id);
        }
        return new BookedSessions(booked, taken);
    }

    /** One session, for its therapist or an admin. The look is audited. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public SessionDetails get(UUID appointmentId) {
        var appointment = access.requireSession(appointmentId);
        var session = sessions.findById(appointmentId).orElseThrow();
        audit.recordAccess(AuditAction.VIEW, appointment.getClientId(), AuditRecordType.SESSION, appointmentId);
        var client = clients.visible(Objects.requireNonNull(appointment.getClientId(), "a session has a client"));
        var range = appointment.range();
        return new SessionDetails(
                appointmentId,
                appointment.getTherapistId(),
                client.id(),
                client.displayName(),
                appointment.getStatus(),
                range.start(),
                range.end(),
                session.getType(),
                session.getMode(),
                session.getVideoLink(),
                session.getLocation(),
                session.getSeriesId(),
                session.getSeriesIndex(),
                session.getSeriesId() == null ? null : sessions.countSeries(session.getSeriesId()),
                appointment.getCancelReason(),
                appointment.getVersion());
    }

    /**
     * Moves a session, or it and the booked sessions after it in its series, to a new time, length and place. The
     * following sessions move by the same number of days and take the same local time.
     *
     * @throws InvalidInputException a field is wrong, the session is no longer booked, or a new time overlaps another
     *         appointment (the message names it); then nothing changes
     * @throws ConcurrentEditException someone changed the session since {@code version} was read
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public int change(UUID appointmentId, long version, SessionChange change, Scope scope) {
        var problems = SessionRules.check(change);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var appointment = access.requireSession(appointmentId);
        requireBooked(appointment, "moved");
        if (appointment.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        book.lockTherapist(appointment.getTherapistId());
        var zone = zone();
        long shiftDays = java.time.temporal.ChronoUnit.DAYS.between(
                localDate(appointment.range().start(), zone), change.date());
        var targets = targets(appointment, scope);
        var moves = new ArrayList<Move>();
        for (var target : targets) {
            var date = localDate(target.range().start(), zone).plusDays(shiftDays);
            var start = SessionRules.at(date, change.start(), zone);
            moves.add(new Move(target, start, start.plus(Duration.ofMinutes(change.minutes()))));
        }
        var ids = targets.stream().map(Appointment::getId).collect(Collectors.toSet());
        var found = firstConflict(
                appointment.getTherapistId(),
                moves.stream()
                        .map(m -> new Occurrence(0, m.start(), m.end(), null))
                        .toList(),
                ids);
        if (found.isPresent()) {
            var conflict = found.get();
            throw new InvalidInputException(
                    "start",
                    (targets.size() == 1
                                    ? "This time overlaps "
                                    : "The session of " + describeDay(conflict.start()) + " would overlap ")
                            + conflict.conflict() + ".");
        }
        // Moving later, the last goes first, so no session lands on a neighbour of its series not yet moved.
        boolean later = moves.getFirst().start().isAfter(appointment.range().start());
        moves.sort(Comparator.comparing(Move::start));
        if (later) {
            java.util.Collections.reverse(moves);
        }
        var details = sessions.findAllById(ids).stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, Function.identity()));
        for (var move : moves) {
            var target = move.appointment();
            boolean moved = !move.start().equals(target.range().start())
                    || !move.end().equals(target.range().end());
            try {
                book.move(target.getId(), move.start(), move.end());
            } catch (SlotTakenException e) {
                throw new InvalidInputException("start", "This time was just taken. Please choose another.");
            }
            var session = Objects.requireNonNull(details.get(target.getId()), "every session has its details");
            session.place(change.mode(), SessionRules.clean(change.videoLink()), SessionRules.clean(change.location()));
            session.changeLength(change.minutes());
            if (moved) {
                session.forgetReminder();
            }
            audit.record(
                    moved ? AuditAction.RESCHEDULE : AuditAction.UPDATE,
                    target.getClientId(),
                    AuditRecordType.SESSION,
                    target.getId(),
                    scope == Scope.THIS_AND_FOLLOWING ? "this and following" : null);
        }
        return moves.size();
    }

    /**
     * Cancels a session, or it and the booked sessions after it in its series, with a reason.
     *
     * @throws InvalidInputException on {@code reason} when it is missing or too long, or the session is not booked
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public int cancel(UUID appointmentId, String reason, Scope scope) {
        TextRules.requireMultilineText("reason", reason);
        String why = SessionRules.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "Please give a reason for cancelling.");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "Please keep the reason to 500 characters.");
        }
        var appointment = access.requireSession(appointmentId);
        requireBooked(appointment, "cancelled");
        var targets = targets(appointment, scope);
        for (var target : targets) {
            book.changeStatus(target.getId(), AppointmentStatus.CANCELLED, why);
            audit.record(
                    AuditAction.CANCEL,
                    target.getClientId(),
                    AuditRecordType.SESSION,
                    target.getId(),
                    scope == Scope.THIS_AND_FOLLOWING ? "this and following" : null);
        }
        return targets.size();
    }

    /**
     * Marks a session that has started as completed or as a no-show; a mark can be corrected.
     *
     * @throws InvalidInputException the session hasn't started yet, or was cancelled
     */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public void mark(UUID appointmentId, AppointmentStatus outcome) {
        var appointment = access.requireSession(appointmentId);
        if (outcome != AppointmentStatus.COMPLETED && outcome != AppointmentStatus.NO_SHOW) {
            throw new IllegalArgumentException("A session is marked completed or no-show");
        }
        if (appointment.getStatus() == AppointmentStatus.CANCELLED) {
            throw new InvalidInputException("status", "This session was cancelled, so it can't be marked.");
        }
        if (appointment.range().start().isAfter(clock.instant())) {
            throw new InvalidInputException("status", "This session hasn't started yet.");
        }
        book.changeStatus(appointmentId, outcome, null);
        audit.record(
                outcome == AppointmentStatus.COMPLETED ? AuditAction.MARK_COMPLETED : AuditAction.MARK_NO_SHOW,
                appointment.getClientId(),
                AuditRecordType.SESSION,
                appointmentId,
                null);
    }

    /** One page of a client's appointments, newest first, for their therapist or an admin. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Page<ClientAppointment> forClient(UUID clientId, Pageable pageable) {
        clients.visible(clientId);
        var page = appointments.findForClient(clientId, pageable);
        var details = sessions
                .findByAppointmentIdIn(page.map(Appointment::getId).toList())
                .stream()
                .collect(Collectors.toMap(TherapySession::getAppointmentId, Function.identity()));
        return page.map(a -> {
            var s = details.get(a.getId());
            return new ClientAppointment(
                    a.getId(),
                    a.getKind(),
                    a.getStatus(),
                    a.range().start(),
                    a.range().end(),
                    s == null ? null : s.getMode(),
                    s == null ? null : s.getLocation(),
                    s != null && s.getSeriesId() != null,
                    a.getCancelReason());
        });
    }

    private CaseloadClient checked(SessionRequest request) {
        var problems = SessionRules.check(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clients.bookable(Objects.requireNonNull(request.clientId(), "checked"));
    }

    private SessionPlan plan(CaseloadClient client, SessionRequest request) {
        var zone = zone();
        var dates = SessionRules.dates(request);
        var wanted = new ArrayList<Occurrence>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            var start = SessionRules.at(dates.get(i), Objects.requireNonNull(request.start(), "checked"), zone);
            wanted.add(new Occurrence(i + 1, start, start.plus(Duration.ofMinutes(request.length())), null));
        }
        return new SessionPlan(check(client.therapistId(), wanted, Set.of()));
    }

    private Optional<Occurrence> firstConflict(UUID therapistId, List<Occurrence> wanted, Set<UUID> ignoring) {
        return check(therapistId, wanted, ignoring).stream()
                .filter(o -> !o.free())
                .findFirst();
    }

    /** Each wanted time with what is in its way: another active appointment, or a day off. Three queries in all. */
    private List<Occurrence> check(UUID therapistId, List<Occurrence> wanted, Set<UUID> ignoring) {
        var zone = zone();
        Instant from = wanted.stream()
                .map(Occurrence::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant to = wanted.stream()
                .map(Occurrence::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        var busy = appointments.findActive(List.of(therapistId), from, to).stream()
                .filter(a -> !ignoring.contains(a.getId()))
                .toList();
        var daysOff = availability.daysOff(List.of(therapistId), localDate(from, zone), localDate(to, zone));
        var names = clients.visibleAmong(busy.stream()
                .map(Appointment::getClientId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new)));
        var result = new ArrayList<Occurrence>(wanted.size());
        for (var o : wanted) {
            String conflict = busy.stream()
                    .filter(a -> a.range().overlaps(o.start(), o.end()))
                    .findFirst()
                    .map(a -> describe(a, names))
                    .orElse(null);
            if (conflict == null) {
                var day = localDate(o.start(), zone);
                conflict = daysOff.stream().anyMatch(d -> !day.isBefore(d.firstDay()) && !day.isAfter(d.lastDay()))
                        ? "a day off on " + describeDay(o.start())
                        : null;
            }
            result.add(new Occurrence(o.index(), o.start(), o.end(), conflict));
        }
        return result;
    }

    private String describe(Appointment a, Map<UUID, CaseloadClient> names) {
        var client = a.getClientId() == null ? null : names.get(a.getClientId());
        String what = a.getKind() == AppointmentKind.CONSULTATION
                ? "a free consultation"
                : client == null ? "another session" : "a session with " + client.displayName();
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LOCALE)
                .withZone(zone());
        return what + " on " + describeDay(a.range().start()) + ", "
                + time.format(a.range().start()) + " to "
                + time.format(a.range().end());
    }

    private String describeDay(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(LOCALE)
                .withZone(zone())
                .format(instant);
    }

    private List<Appointment> targets(Appointment appointment, Scope scope) {
        var session = sessions.findById(appointment.getId()).orElseThrow();
        if (scope != Scope.THIS_AND_FOLLOWING || session.getSeriesId() == null || session.getSeriesIndex() == null) {
            return List.of(appointment);
        }
        var ids = sessions.findSeriesFrom(session.getSeriesId(), session.getSeriesIndex()).stream()
                .map(TherapySession::getAppointmentId)
                .toList();
        return appointments.findAllById(ids).stream()
                .filter(a -> a.getStatus() == AppointmentStatus.BOOKED)
                .sorted(Comparator.comparing(a -> a.range().start()))
                .toList();
    }

    private UUID reserve(CaseloadClient client, Instant start, Instant end) {
        try {
            return book.reserve(client.therapistId(), AppointmentKind.SESSION, start, end, client.id());
        } catch (SlotTakenException e) {
            throw new InvalidInputException("start", "This time was just taken. Please choose another.");
        }
    }

    private static void requireBooked(Appointment appointment, String what) {
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw new InvalidInputException(
                    "status",
                    "Only a booked session can be " + what + "; this one is "
                            + appointment
                                    .getStatus()
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', '-') + ".");
        }
    }

    private ZoneId zone() {
        return clinics.clinic().zone();
    }

    private static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private record Move(Appointment appointment, Instant start, Instant end) {}
}
