package app.attune.practice.ui;

import app.attune.practice.Frequency;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A schedule in words: "Daily, from 3 Nov 2026" or "3 times a week, 3 Nov 2026 to 1 Dec 2026". */
final class Schedules {

    private Schedules() {}

    static String describe(
            Component c,
            java.util.Locale locale,
            Frequency frequency,
            @Nullable Integer times,
            LocalDate starts,
            @Nullable LocalDate ends) {
        String how = frequency == Frequency.TIMES_PER_WEEK
                ? c.getTranslation("assignment.times-a-week", times)
                : c.getTranslation("assignment.frequency." + frequency.name());
        return ends == null
                ? c.getTranslation("assignment.schedule.open", how, Formats.date(starts, locale))
                : c.getTranslation(
                        "assignment.schedule.until", how, Formats.date(starts, locale), Formats.date(ends, locale));
    }
}
