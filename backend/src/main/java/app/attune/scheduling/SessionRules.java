package app.attune.scheduling;

import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.base.TextRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The checks on a new or changed session, and the dates of a series, in the clinic's local time. */
final class SessionRules {

    static final int MAX_MINUTES = 240;
    static final int MAX_OCCURRENCES = 52;
    static final int MAX_LINK = 500;
    static final int MAX_LOCATION = 200;

    private SessionRules() {}

    static List<FieldProblem> check(SessionRequest r) {
        var problems = new ArrayList<FieldProblem>();
        if (r.clientId() == null) {
            problems.add(new FieldProblem("client", "Please choose the client."));
        }
        if (r.type() == null) {
            problems.add(new FieldProblem("type", "Please choose the kind of session."));
        } else if (r.type() == SessionType.CUSTOM && r.minutes() == null) {
            problems.add(new FieldProblem("minutes", "Please give the session's length in minutes."));
        }
        checkTime(r.date(), r.start(), r.type() == null ? null : r.length(), problems);
        checkPlace(r.mode(), r.videoLink(), r.location(), problems);
        var repeat = r.repeat() == null ? Repeat.NEVER : r.repeat();
        if (repeat != Repeat.NEVER) {
            if (r.occurrences() == null && r.until() == null) {
                problems.add(new FieldProblem("occurrences", "Please say how many sessions, or until which date."));
            } else if (r.occurrences() != null) {
                if (r.occurrences() < 2) {
                    problems.add(new FieldProblem("occurrences", "A series has at least 2 sessions."));
                } else if (r.occurrences() > MAX_OCCURRENCES) {
                    problems.add(new FieldProblem(
                            "occurrences",
                            "A series can have at most " + MAX_OCCURRENCES
                                    + " sessions. Please choose fewer, and add another series later if needed."));
                }
            } else if (r.date() != null && r.until() != null && !r.until().isAfter(r.date())) {
                problems.add(new FieldProblem("until", "The last date needs to be after the first session."));
            } else if (r.date() != null
                    && r.until() != null
                    && count(r.date(), r.until(), repeat.weeks()) > MAX_OCCURRENCES) {
                problems.add(new FieldProblem(
                        "until",
                        "That would make " + count(r.date(), r.until(), repeat.weeks())
                                + " sessions; a series can have at most " + MAX_OCCURRENCES
                                + ". Please choose an earlier date."));
            }
        }
        return problems;
    }

    static List<FieldProblem> check(SessionChange c) {
        var problems = new ArrayList<FieldProblem>();
        if (c.minutes() == null) {
            problems.add(new FieldProblem("minutes", "Please give the session's length in minutes."));
        }
        checkTime(c.date(), c.start(), c.minutes(), problems);
        checkPlace(c.mode(), c.videoLink(), c.location(), problems);
        return problems;
    }

    private static void checkTime(
            @Nullable LocalDate date,
            @Nullable LocalTime start,
            @Nullable Integer minutes,
            List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem("date", "Please choose the date."));
        }
        if (start == null) {
            problems.add(new FieldProblem("start", "Please choose the start time."));
        }
        if (minutes != null && minutes <= 0) {
            problems.add(new FieldProblem("minutes", "The session needs to end after it starts."));
        } else if (minutes != null && minutes > MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "A session can last at most 4 hours (240 minutes)."));
        }
    }

    private static void checkPlace(
            @Nullable SessionMode mode, @Nullable String link, @Nullable String location, List<FieldProblem> problems) {
        if (mode == null) {
            problems.add(new FieldProblem("mode", "Please choose in person or video."));
        } else if (mode == SessionMode.VIDEO) {
            if (link == null || link.isBlank()) {
                problems.add(new FieldProblem("videoLink", "Please add the link to the video call."));
            } else if (!link.strip().matches("https://\\S+")) {
                problems.add(new FieldProblem(
                        "videoLink", "The video link needs to start with https:// and have no spaces."));
            } else if (link.strip().length() > MAX_LINK) {
                problems.add(
                        new FieldProblem("videoLink", "The video link can be at most " + MAX_LINK + " characters."));
            }
        }
        if (!TextRules.isPlainText(link)) {
            problems.addAll(TextRules.plainTextProblem("videoLink"));
        }
        if (!TextRules.isPlainText(location)) {
            problems.addAll(TextRules.plainTextProblem("location"));
        } else if (location != null && location.strip().length() > MAX_LOCATION) {
            problems.add(new FieldProblem("location", "Please keep the location to " + MAX_LOCATION + " characters."));
        }
    }

    /** The dates of the sessions asked for: one, or every week or two from the first date. */
    static List<LocalDate> dates(SessionRequest r) {
        // Called on a checked request, which has a date.
        LocalDate first = Objects.requireNonNull(r.date(), "a checked request has a date");
        var repeat = r.repeat() == null ? Repeat.NEVER : r.repeat();
        if (repeat == Repeat.NEVER) {
            return List.of(first);
        }
        int n = r.occurrences() != null
                ? r.occurrences()
                : count(first, Objects.requireNonNull(r.until(), "a series has a count or an end"), repeat.weeks());
        var dates = new ArrayList<LocalDate>(n);
        for (int i = 0; i < n; i++) {
            dates.add(first.plusWeeks((long) i * repeat.weeks()));
        }
        return dates;
    }

    private static int count(LocalDate first, LocalDate until, int everyWeeks) {
        return (int) (java.time.temporal.ChronoUnit.WEEKS.between(first, until) / everyWeeks) + 1;
    }

    /**
     * The instant of a local date and time in the clinic's zone. A time that doesn't exist (the spring-forward gap)
     * moves later by the gap's length; in the autumn overlap the earlier of the two instants is taken.
     */
    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
