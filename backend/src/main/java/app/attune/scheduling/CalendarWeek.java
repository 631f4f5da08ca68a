package app.attune.scheduling;

import app.attune.scheduling.availability.DayOff;
import app.attune.scheduling.availability.WeeklyWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A therapist's days from {@code first} to {@code last}: appointments, weekly windows and days off. */
public record CalendarWeek(
        UUID therapistId,
        LocalDate first,
        LocalDate last,
        List<CalendarEntry> entries,
        List<WeeklyWindow> workingHours,
        List<WeeklyWindow> consultationWindows,
        List<DayOff> daysOff) {}
