package app.attune.notes.ui;

import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.client.ui.ClientNavigation;
import app.attune.notes.NoteDraft;
import app.attune.notes.NoteService;
import app.attune.notes.NoteStatus;
import app.attune.notes.NoteTemplate;
import app.attune.notes.NoteView;
import app.attune.notes.ThemeCatalogue;
import app.attune.notes.ThemeCategory;
import app.attune.notes.ThemeOption;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a session note. A draft saves itself two seconds after typing stops, when a field is left, and when the
 * therapist leaves the page; every save is kept as a version. "Sign and lock" makes it final; corrections are then
 * addenda. If the note was saved in another tab meanwhile, this one is told and keeps its text to copy.
 */
@Route("notes/:id([0-9a-fA-F-]{36})")
@PageTitle("title.note")
@RolesAllowed(Role.Names.THERAPIST)
class NoteEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    /** The route parameter that carries the note's id. */
    static final String ID = "id";

    private static final int SAVE_AFTER_MS = 2000;

    private final NoteService notes;
    private final ThemeCatalogue themes;
    private final ZoneId zone;
    private final Clock clock;

    // Read in beforeEnter, after Vaadin has built the view; read through note().
    private @Nullable NoteView note;
    private long version;
    private boolean dirty;
    private boolean conflicted;
    private final Span saveState = new Span();
    private final Select<NoteTemplate> template = new Select<>();
    private final DatePicker sessionDate = new DatePicker();
    private final NoteSections sections = new NoteSections(this::later);
    private final IntegerField distress = new IntegerField();
    // Built with a draft's editor (a signed note has none); read through risk(), practices() and themePicker().
    private @Nullable RiskFields risk;
    private @Nullable PracticesField practices;
    private @Nullable ThemePicker themePicker;

    NoteEditorView(NoteService notes, ThemeCatalogue themes, ClinicService clinics, Clock clock) {
        this.notes = notes;
        this.themes = themes;
        this.zone = clinics.clinic().zone();
        this.clock = clock;
        addClassName("attune-note");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            note = notes.get(UUID.fromString(event.getRouteParameters().get(ID).orElseThrow()));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            // Another therapist's note looks exactly like a missing one; the service has audited the attempt.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        version = note().version();
        render();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty && !conflicted && note().status() == NoteStatus.DRAFT) {
            save();
        }
    }

    private NoteView note() {
        return Objects.requireNonNull(note, "the note is read in beforeEnter");
    }

    private RiskFields risk() {
        return Objects.requireNonNull(risk, "the risk fields are built with the editor");
    }

    private PracticesField practices() {
        return Objects.requireNonNull(practices, "the practices are built with the editor");
    }

    private ThemePicker themePicker() {
        return Objects.requireNonNull(themePicker, "the theme picker is built with the editor");
    }

    private void render() {
        removeAll();
        var back = new Anchor(
                ClientNavigation.clientLocation(note().clientId()), getTranslation("note.back", note().clientName()));
        add(back, new H1(getTranslation("note.heading", note().clientName())));
        if (note().status() == NoteStatus.SIGNED) {
            add(signed());
        } else {
            add(editor());
        }
    }

    private Component editor() {
        var all = themes.all();
        var content = note().content();
        var groups = new EnumMap<ThemeCategory, List<ThemeOption>>(ThemeCategory.class);
        for (var category : ThemeCategory.values()) {
            groups.put(
                    category, all.stream().filter(t -> t.category() == category).toList());
        }
        themePicker = new ThemePicker(groups);
        themePicker.setValue(content.themeIds());
        themePicker.onChange(ids -> changed());
        practices = new PracticesField(all, content.practices());
        practices.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        practices.onTyped(this::changed);
        risk = new RiskFields(content.riskFlag(), content.riskNote());
        risk.flag().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        later(risk.note());
        var facts = facts(content.template(), content.sessionDate(), content.distress());
        sections.show(template.getValue(), content.sections());

        var side = new Div(new H2(getTranslation("note.themes")), themePicker);
        side.addClassName("attune-note-side");
        var main = new Div(facts, sections, practices, risk);
        main.addClassName("attune-note-main");
        var layout = new Div(main, side);
        layout.addClassName("attune-note-layout");
        UnsavedWatch.start(this, getTranslation("note.unsaved"), getTranslation("note.offline"));
        return new Div(bar(), layout);
    }

    /** The session's date, the note's template (which decides the sections) and the client's distress. */
    private Component facts(NoteTemplate chosen, @Nullable LocalDate date, @Nullable Integer level) {
        template.setLabel(getTranslation("note.template"));
        template.setItems(NoteTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("note.template." + t.name()));
        template.setValue(chosen);
        template.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                sections.show(template.getValue(), sections.texts());
                changed();
            }
        });
        sessionDate.setLabel(getTranslation("note.session-date"));
        sessionDate.setValue(date);
        sessionDate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        distress.setLabel(getTranslation("note.distress"));
        distress.setHelperText(getTranslation("note.distress.help"));
        distress.setMin(0);
        distress.setMax(10);
        distress.setStepButtonsVisible(true);
        distress.setValue(level);
        distress.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        var facts = new Div(sessionDate, template, distress);
        facts.addClassName("attune-note-facts");
        return facts;
    }

    /** The save indicator, which screen readers hear as a status, with "save now" and "sign and lock". */
    private Component bar() {
        saveState.addClassName("attune-save-state");
        saveState.getElement().setAttribute("role", "status");
        saveState.setText(getTranslation("note.saved-state", time(note().updatedAt())));
        var sign = new Button(getTranslation("note.sign"), e -> confirmSign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var saveNow = new Button(getTranslation("note.save-now"), e -> save());
        var bar = new Div(saveState, saveNow, sign);
        bar.addClassName("attune-note-bar");
        return bar;
    }

    private void later(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(SAVE_AFTER_MS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
    }

    private NoteDraft draft() {
        return new NoteDraft(
                template.getValue(),
                sessionDate.getValue(),
                sections.texts(),
                distress.getValue(),
                risk().flagged(),
                risk().text(),
                new ArrayList<>(practices().getValue()),
                themePicker().getValue());
    }

    private void changed() {
        dirty = true;
        save();
    }

    private boolean save() {
        if (conflicted) {
            return false;
        }
        clearProblems();
        try {
            var saved = draft();
            version = notes.saveDraft(note().id(), version, saved);
            dirty = false;
            // Saved, unless something was typed into a section since this draft was read from the page: then the
            // indicator keeps saying so (a draft that reached the server in pieces, after the network came back, must
            // not say "all saved" while the field holds more).
            saveState.setText(getTranslation("note.saved-state", time(clock.instant())));
            UnsavedWatch.saved(this, saved.sections(), getTranslation("note.unsaved"));
            return true;
        } catch (InvalidInputException problem) {
            saveState.setText(getTranslation("note.not-saved"));
            FormProblems.show(fields(), problem);
            return false;
        } catch (ConcurrentEditException e) {
            conflicted = true;
            showConflict();
            return false;
        }
    }

    private Map<String, HasValidation> fields() {
        var map = new java.util.HashMap<String, HasValidation>();
        map.put("template", template);
        map.put("sessionDate", sessionDate);
        map.put("distress", distress);
        map.put("riskNote", risk().note());
        map.put("practices", practices());
        sections.first().ifPresent(first -> map.put("sections", first));
        return map;
    }

    private void clearProblems() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void showConflict() {
        saveState.setText(getTranslation("note.conflict.state"));
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("note.conflict.heading"));
        var copy = new TextArea(getTranslation("note.conflict.your-text"));
        copy.setValue(sections.texts().entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .map(e -> getTranslation("note.section." + e.getKey()) + ":\n" + e.getValue())
                .collect(Collectors.joining("\n\n")));
        copy.setReadOnly(true);
        copy.setWidthFull();
        dialog.add(new Paragraph(getTranslation("note.conflict.text")), copy);
        dialog.setWidth("min(40rem, 100vw)");
        var reload = new Button(getTranslation("note.conflict.reload"), e -> {
            dialog.close();
            conflicted = false;
            dirty = false;
            note = notes.get(note().id());
            version = note().version();
            render();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("note.conflict.stay"), e -> dialog.close()), reload);
        dialog.open();
    }

    private void confirmSign() {
        // What is signed is what is on the screen: save it first.
        if (!save()) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("note.sign.heading"),
                getTranslation("note.sign.text"),
                getTranslation("note.sign.confirm"),
                e -> sign());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("note.sign.cancel"));
        confirm.open();
    }

    private void sign() {
        try {
            notes.sign(note().id(), version);
            FormProblems.success(getTranslation("note.signed"));
            note = notes.get(note().id());
            render();
        } catch (InvalidInputException problem) {
            FormProblems.show(fields(), problem);
        } catch (ConcurrentEditException e) {
            conflicted = true;
            showConflict();
        }
    }

    private Component signed() {
        var box = new Div();
        box.addClassName("attune-note-signed");
        var content = note().content();
        box.add(new Paragraph(getTranslation(
                "note.signed-by", note().signedBy(), Formats.dateTime(note().signedAt(), zone, getLocale()))));
        var hash = new Paragraph(getTranslation("note.hash", note().contentHash()));
        hash.addClassName("attune-hash");
        box.add(hash);
        box.add(new Paragraph(getTranslation(
                "note.signed-facts",
                content.sessionDate() == null ? "" : Formats.date(content.sessionDate(), getLocale()),
                getTranslation("note.template." + content.template()),
                content.distress() == null ? "–" : content.distress().toString())));
        for (var key : content.template().sections()) {
            var text = content.sections().get(key);
            if (text != null) {
                box.add(new H3(getTranslation("note.section." + key)), text(text));
            }
        }
        if (content.riskFlag()) {
            box.add(new H3(getTranslation("note.risk-note")), text(content.riskNote()));
        }
        if (!content.practices().isEmpty()) {
            box.add(new H3(getTranslation("note.practices")), text(String.join(", ", content.practices())));
        }
        var tags = new Div();
        tags.addClassName("attune-tags");
        note().themes().forEach(t -> {
            var tag = new Span(t.name());
            tag.getElement().getThemeList().add("badge");
            tag.setTitle(getTranslation("theme.category." + t.category().name()));
            tags.add(tag);
        });
        box.add(new H3(getTranslation("note.themes")), tags);

        box.add(new H2(getTranslation("note.addenda")));
        if (note().addenda().isEmpty()) {
            box.add(new Paragraph(getTranslation("note.addenda.none")));
        }
        note().addenda().forEach(a -> {
            var item = new Div(
                    new Paragraph(getTranslation(
                            "note.addendum.by", a.author(), Formats.dateTime(a.at(), zone, getLocale()))),
                    text(a.body()));
            item.addClassName("attune-addendum");
            box.add(item);
        });
        var body = new TextArea(getTranslation("note.addendum.new"));
        body.setWidthFull();
        body.setMaxLength(20_001);
        var add = new Button(getTranslation("note.addendum.add"), e -> {
            try {
                notes.addAddendum(note().id(), body.getValue());
                FormProblems.success(getTranslation("note.addendum.added"));
                note = notes.get(note().id());
                render();
            } catch (InvalidInputException problem) {
                body.setErrorMessage(problem.problems().getFirst().message());
                body.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(body, add);
        return box;
    }

    private static Component text(@Nullable String value) {
        // Text, never markup: whatever was typed, script included, shows exactly as typed.
        var p = new Div();
        p.setText(value);
        p.addClassName("attune-note-text");
        return p;
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone)
                .format(instant);
    }
}
