package app.attune.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session's new time, length and place; date and time are the clinic's local time. */
public record SessionChange(LocalDate date, LocalTime start, Integer minutes, SessionMode mode, String videoLink,
        String location) {
}
