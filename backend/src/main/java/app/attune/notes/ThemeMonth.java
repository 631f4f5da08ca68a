package app.attune.notes;

import java.time.YearMonth;
import java.util.UUID;

/** How many of a client's notes in a month carry a theme. */
public record ThemeMonth(YearMonth month, UUID themeId, String themeName, ThemeCategory category, int notes) {}
