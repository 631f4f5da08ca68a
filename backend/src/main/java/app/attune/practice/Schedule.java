package app.attune.practice;

import java.time.LocalDate;

/** How often and between which days a practice is asked for. {@code endsOn} may be null (open-ended). */
record Schedule(Frequency frequency, Integer timesPerWeek, LocalDate startsOn, LocalDate endsOn) {
}
