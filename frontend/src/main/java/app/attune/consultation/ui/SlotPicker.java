package app.attune.consultation.ui;

import app.attune.base.ClinicService;
import app.attune.base.TextRules;
import app.attune.consultation.Slot;
import app.attune.consultation.SlotEngine;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Days with free times, then the times of the chosen day, shown in the visitor's own time zone with the zone named.
 * For "first available" each time shows once, with the therapist who is free then.
 */
class SlotPicker extends Composite<Div> {

    private final SlotEngine engine;
    private final ClinicService clinics;
    private final Clock clock;
    private final Consumer<Slot> onPick;
    private final Select<LocalDate> day = new Select<>();
    private final Div times = new Div();
    private final Paragraph zoneNote = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private ZoneId zone;
    private @Nullable UUID therapistId;
    private Map<LocalDate, List<Slot>> byDay = Map.of();

    SlotPicker(SlotEngine engine, ClinicService clinics, Clock clock, Consumer<Slot> onPick) {
        this.engine = engine;
        this.clinics = clinics;
        this.clock = clock;
        this.onPick = onPick;
        this.zone = clinics.clinic().zone();
        day.setLabel(getTranslation("book.day"));
        day.setWidthFull();
        day.setItemLabelGenerator(d -> getTranslation(
                "book.day-with-count",
                d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())),
                byDay.getOrDefault(d, List.of()).size()));
        day.addValueChangeListener(e -> showTimes());
        times.addClassName("attune-times");
        times.getElement().setAttribute("role", "group");
        times.getElement().setAttribute("aria-label", getTranslation("book.times"));
        empty.addClassName("attune-empty");
        getContent().add(zoneNote, day, times, empty);
        getContent().addClassName("attune-slot-picker");
    }

    /** Shows the free times of one therapist, or of everyone with null. */
    void load(@Nullable UUID therapistId) {
        this.therapistId = therapistId;
        var today = LocalDate.now(clock.withZone(clinics.clinic().zone()));
        var slots = engine.freeSlots(therapistId, today, today.plusDays(62));
        var grouped = new LinkedHashMap<LocalDate, List<Slot>>();
        for (var slot : slots) {
            var local = LocalDate.ofInstant(slot.start(), zone);
            var list = grouped.computeIfAbsent(local, d -> new java.util.ArrayList<>());
            if (list.stream().noneMatch(s -> s.start().equals(slot.start()))) {
                list.add(slot);
            }
        }
        byDay = grouped;
        zoneNote.setText(getTranslation("book.zone", zone.getDisplayName(TextStyle.FULL, getLocale()), zone.getId()));
        day.setItems(grouped.keySet());
        empty.setText(grouped.isEmpty() ? getTranslation("book.no-times") : "");
        empty.setVisible(grouped.isEmpty());
        day.setVisible(!grouped.isEmpty());
        if (!grouped.isEmpty()) {
            day.setValue(grouped.keySet().iterator().next());
        }
        showTimes();
    }

    /** Shows times in this zone from now on; an unknown zone keeps the clinic's. */
    void useZone(@Nullable String zoneId) {
        try {
            // Only a zone the booking will accept (an IANA region id); otherwise the clinic's zone is kept.
            zone = zoneId == null || zoneId.isBlank() || !TextRules.isTimeZone(zoneId) ? zone : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return;
        }
        load(therapistId);
    }

    ZoneId zone() {
        return zone;
    }

    private void showTimes() {
        times.removeAll();
        var chosen = day.getValue();
        if (chosen == null) {
            return;
        }
        times.add(new H3(getTranslation("book.times")));
        var format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        for (var slot : byDay.getOrDefault(chosen, List.of())) {
            var button = new Button(format.format(slot.start()), e -> onPick.accept(slot));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            times.add(button);
        }
    }
}
