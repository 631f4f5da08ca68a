package app.attune.scheduling;

import java.time.Instant;

/** A half-open span of time [start, end), as an appointment's starts_at and ends_at hold it. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("A time range ends after it starts");
        }
    }

    public static TimeRange of(Instant start, Instant end) {
        return new TimeRange(start, end);
    }

    /** Whether the two ranges share any moment. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
