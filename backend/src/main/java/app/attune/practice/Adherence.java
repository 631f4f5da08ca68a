package app.attune.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How many times a week an assignment asks for, and how many were done. Days the assignment was paused, and days
 * from its ending on, ask for nothing, so a pause never counts against the client.
 */
final class Adherence {

    static final String TIMES_NEEDED = "a times-per-week schedule says how many times";

    private final Schedule schedule;
    private final Set<LocalDate> pausedDays;
    private final @Nullable LocalDate endedFrom;

    private Adherence(Schedule schedule, Set<LocalDate> pausedDays, @Nullable LocalDate endedFrom) {
        this.schedule = schedule;
        this.pausedDays = pausedDays;
        this.endedFrom = endedFrom;
    }

    /** What happened to an assignment, as a day in the clinic's time zone. */
    record Change(AssignmentEventKind kind, LocalDate day) {}

    /** The schedule, interrupted by the pauses and the ending among {@code changes} (in order); now is {@code today}. */
    static Adherence of(Schedule schedule, List<Change> changes, LocalDate today) {
        var paused = new HashSet<LocalDate>();
        LocalDate pausedFrom = null;
        LocalDate endedFrom = null;
        for (var change : changes) {
            switch (change.kind()) {
                case PAUSED -> pausedFrom = pausedFrom == null ? change.day() : pausedFrom;
                case RESUMED -> {
                    if (pausedFrom != null) {
                        pausedFrom.datesUntil(change.day()).forEach(paused::add);
                        pausedFrom = null;
                    }
                }
                case ENDED -> endedFrom = change.day();
                default -> {
                    // assigning and changing the schedule interrupt nothing
                }
            }
        }
        if (pausedFrom != null && !pausedFrom.isAfter(today)) {
            pausedFrom.datesUntil(today.plusDays(1)).forEach(paused::add);
        }
        return new Adherence(schedule, paused, endedFrom);
    }

    /** An assignment's adherence from its stored history, with days in the clinic's zone. */
    static Adherence of(Assignment assignment, List<AssignmentEvent> events, ZoneId zone, LocalDate today) {
        return of(
                assignment.schedule(),
                events.stream()
                        .map(e -> new Change(
                                e.getKind(), e.getOccurredAt().atZone(zone).toLocalDate()))
                        .toList(),
                today);
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    boolean activeOn(LocalDate day) {
        return !day.isBefore(schedule.startsOn())
                && (schedule.endsOn() == null || !day.isAfter(schedule.endsOn()))
                && (endedFrom == null || day.isBefore(endedFrom))
                && !pausedDays.contains(day);
    }

    /** How many times the week starting on {@code monday} asks for. */
    int expected(LocalDate monday) {
        int days = (int)
                monday.datesUntil(monday.plusDays(7)).filter(this::activeOn).count();
        return switch (schedule.frequency()) {
            case DAILY -> days;
            case TIMES_PER_WEEK -> Math.min(Objects.requireNonNull(schedule.timesPerWeek(), TIMES_NEEDED), days);
            case ONCE -> weekOf(schedule.startsOn()).equals(monday) && activeOn(schedule.startsOn()) ? 1 : 0;
        };
    }

    /** Each week from {@code firstMonday} to {@code lastMonday}, newest first, with the completions done in it. */
    List<WeekAdherence> weeks(LocalDate firstMonday, LocalDate lastMonday, Collection<LocalDate> doneDays) {
        var weeks = new ArrayList<WeekAdherence>();
        for (var monday = lastMonday; !monday.isBefore(firstMonday); monday = monday.minusWeeks(1)) {
            var start = monday;
            int done =
                    (int) doneDays.stream().filter(d -> weekOf(d).equals(start)).count();
            weeks.add(new WeekAdherence(monday, done, expected(monday)));
        }
        return weeks;
    }
}
