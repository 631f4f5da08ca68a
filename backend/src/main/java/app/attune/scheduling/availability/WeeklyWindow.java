package app.attune.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A weekly window in the clinic's local time, e.g. Tuesdays 09:00 to 12:00. */
public record WeeklyWindow(UUID id, UUID therapistId, WindowKind kind, DayOfWeek day, LocalTime start, LocalTime end) {}
