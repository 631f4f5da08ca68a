package app.attune.notes.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.attune.base.ClinicService;
import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
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

    private NoteView note;
    private long version;
    private boolean dirty;
    private boolean conflicted;
    private final Span saveState = new Span();
    private final Select<NoteTemplate> template = new Select<>();
    private final DatePicker sessionDate = new DatePicker();
    private final Map<String, TextArea> sections = new LinkedHashMap<>();
    private final Div sectionBox = new Div();
    private final IntegerField distress = new IntegerField();
    private final Checkbox riskFlag = new Checkbox();
    private final TextArea riskNote = new TextArea();
    private final MultiSelectComboBox<String> practices = new MultiSelectComboBox<>();
    private ThemePicker themePicker;

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
        version = note.version();
        render();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty && !conflicted && note.status() == NoteStatus.DRAFT) {
            save();
        }
    }

    private void render() {
        removeAll();
        var back = new Anchor(ClientNavigation.clientLocation(note.clientId()),
                getTranslation("note.back", note.clientName()));
        add(back, new H1(getTranslation("note.heading", note.clientName())));
        if (note.status() == NoteStatus.SIGNED) {
            add(signed());
        } else {
            add(editor());
        }
    }

    private Component editor() {
        var all = themes.all();
        var groups = new EnumMap<ThemeCategory, List<ThemeOption>>(ThemeCategory.class);
        for (var category : ThemeCategory.values()) {
            groups.put(category, all.stream().filter(t -> t.category() == category).toList());
        }
        themePicker = new ThemePicker(groups);

        template.setLabel(getTranslation("note.template"));
        template.setItems(NoteTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("note.template." + t.name()));
        sessionDate.setLabel(getTranslation("note.session-date"));
        distress.setLabel(getTranslation("note.distress"));
        distress.setHelperText(getTranslation("note.distress.help"));
        distress.setMin(0);
        distress.setMax(10);
        distress.setStepButtonsVisible(true);
        riskFlag.setLabel(getTranslation("note.risk-flag"));
        riskNote.setLabel(getTranslation("note.risk-note"));
        riskNote.setRequiredIndicatorVisible(true);
        riskNote.setWidthFull();
        practices.setLabel(getTranslation("note.practices"));
        practices.setHelperText(getTranslation("note.practices.help"));
        practices.setAllowCustomValue(true);
        var suggested = all.stream().filter(t -> !t.retired() && (t.category() == ThemeCategory.PRACTICE_IN_SESSION
                || t.category() == ThemeCategory.SELF_REGULATION)).map(ThemeOption::name).collect(Collectors.toList());
        var content = note.content();
        content.practices().stream().filter(p -> !suggested.contains(p)).forEach(suggested::add);
        practices.setItems(suggested);
        practices.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (!value.isEmpty() && !suggested.contains(value)) {
                suggested.add(value);
                practices.setItems(suggested);
            }
            var chosen = new java.util.LinkedHashSet<>(practices.getValue());
            chosen.add(value);
            practices.setValue(chosen);
            changed();
        });

        template.setValue(content.template());
        sessionDate.setValue(content.sessionDate());
        distress.setValue(content.distress());
        riskFlag.setValue(content.riskFlag());
        riskNote.setValue(content.riskNote() == null ? "" : content.riskNote());
        riskNote.setVisible(content.riskFlag());
        practices.setValue(new java.util.LinkedHashSet<>(content.practices()));
        themePicker.setValue(content.themeIds());
        showSections(content.sections());

        template.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showSections(currentSections());
                changed();
            }
        });
        sessionDate.addValueChangeListener(e -> { if (e.isFromClient()) { changed(); } });
        distress.addValueChangeListener(e -> { if (e.isFromClient()) { changed(); } });
        riskFlag.addValueChangeListener(e -> {
            riskNote.setVisible(e.getValue());
            if (e.isFromClient()) {
                changed();
            }
        });
        later(riskNote);
        practices.addValueChangeListener(e -> { if (e.isFromClient()) { changed(); } });
        themePicker.onChange(ids -> changed());

        saveState.addClassName("attune-save-state");
        saveState.getElement().setAttribute("role", "status");
        saveState.setText(getTranslation("note.saved-state", time(note.updatedAt())));
        var sign = new Button(getTranslation("note.sign"), e -> confirmSign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var saveNow = new Button(getTranslation("note.save-now"), e -> save());
        var bar = new Div(saveState, saveNow, sign);
        bar.addClassName("attune-note-bar");

        var facts = new Div(sessionDate, template, distress);
        facts.addClassName("attune-note-facts");
        var risk = new Div(riskFlag, riskNote);
        risk.addClassName("attune-note-risk");
        var side = new Div(new H2(getTranslation("note.themes")), themePicker);
        side.addClassName("attune-note-side");
        var main = new Div(facts, sectionBox, practices, risk);
        main.addClassName("attune-note-main");
        var layout = new Div(main, side);
        layout.addClassName("attune-note-layout");
        // The indicator says "unsaved" the moment a key is pressed, before the server hears of it. Drafts are kept on
        // the server only (decision 009): nothing of the note is written to this browser's storage, where it would
        // outlive sign-out on a shared computer. Until the server has the text, it stays in the field, the indicator
        // says so (and that the server can't be reached, while it can't), and closing the window asks first.
        getElement().executeJs("""
                const root = this, unsaved = $0, offline = $1;
                const state = () => root.querySelector('.attune-save-state');
                // 'loading' is any request in flight; only these two mean the server can't be reached.
                const lost = () => !!(window.Vaadin && window.Vaadin.connectionState
                    && ['reconnecting', 'connection-lost'].includes(window.Vaadin.connectionState.state));
                if (root.__attuneNote) { return; }
                root.__attuneNote = true;
                root.addEventListener('input', () => {
                  root.__unsaved = true;
                  if (state()) { state().textContent = lost() ? offline : unsaved; }
                });
                if (window.Vaadin && window.Vaadin.connectionState
                    && typeof window.Vaadin.connectionState.addStateChangeListener === 'function') {
                  window.Vaadin.connectionState.addStateChangeListener(() => {
                    if (root.__unsaved && lost() && state()) { state().textContent = offline; }
                  });
                }
                window.addEventListener('beforeunload', e => {
                  if (root.isConnected && root.__unsaved) { e.preventDefault(); e.returnValue = ''; }
                });""", getTranslation("note.unsaved"), getTranslation("note.offline"));
        return new Div(bar, layout);
    }

    private void showSections(Map<String, String> texts) {
        var keep = new LinkedHashMap<String, String>(texts);
        sections.clear();
        sectionBox.removeAll();
        for (var key : template.getValue().sections()) {
            var area = new TextArea(getTranslation("note.section." + key));
            area.setWidthFull();
            area.setMinRows(4);
            area.setValue(keep.getOrDefault(key, ""));
            area.getElement().setAttribute("data-section", key);
            later(area);
            sections.put(key, area);
            sectionBox.add(area);
        }
        // Text of another template's sections is kept until the template is changed back, never silently dropped.
        keep.keySet().removeAll(template.getValue().sections());
        keep.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                var area = new TextArea(getTranslation("note.section." + key));
                area.setWidthFull();
                area.setValue(text);
                area.setHelperText(getTranslation("note.section.other-template"));
                area.getElement().setAttribute("data-section", key);
                later(area);
                sections.put(key, area);
                sectionBox.add(area);
            }
        });
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

    private Map<String, String> currentSections() {
        var texts = new LinkedHashMap<String, String>();
        sections.forEach((k, area) -> texts.put(k, area.getValue()));
        return texts;
    }

    private NoteDraft draft() {
        return new NoteDraft(template.getValue(), sessionDate.getValue(), currentSections(), distress.getValue(),
                riskFlag.getValue(), riskNote.getValue().isBlank() ? null : riskNote.getValue(),
                new ArrayList<>(practices.getValue()), themePicker.getValue());
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
            version = notes.saveDraft(note.id(), version, saved);
            dirty = false;
            // Saved, unless something was typed into a section since this draft was read from the page: then the
            // indicator keeps saying so (a draft that reached the server in pieces, after the network came back, must
            // not say "all saved" while the field holds more).
            JsonNode savedSections = JsonMapper.shared().valueToTree(saved.sections());
            saveState.setText(getTranslation("note.saved-state", time(clock.instant())));
            getElement().executeJs("""
                    const saved = $0;
                    const newer = [...this.querySelectorAll('[data-section]')]
                        .some(area => area.value !== (saved[area.dataset.section] || ''));
                    const state = this.querySelector('.attune-save-state');
                    if (!newer) { this.__unsaved = false; } else if (state) { state.textContent = $1; }""",
                    savedSections, getTranslation("note.unsaved"));
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
        map.put("riskNote", riskNote);
        map.put("practices", practices);
        sections.values().stream().findFirst().ifPresent(first -> map.put("sections", first));
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
        copy.setValue(currentSections().entrySet().stream().filter(e -> !e.getValue().isBlank())
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
            note = notes.get(note.id());
            version = note.version();
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
        var confirm = new ConfirmDialog(getTranslation("note.sign.heading"), getTranslation("note.sign.text"),
                getTranslation("note.sign.confirm"), e -> sign());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("note.sign.cancel"));
        confirm.open();
    }

    private void sign() {
        try {
            notes.sign(note.id(), version);
            FormProblems.success(getTranslation("note.signed"));
            note = notes.get(note.id());
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
        var content = note.content();
        box.add(new Paragraph(getTranslation("note.signed-by", note.signedBy(),
                Formats.dateTime(note.signedAt(), zone, getLocale()))));
        var hash = new Paragraph(getTranslation("note.hash", note.contentHash()));
        hash.addClassName("attune-hash");
        box.add(hash);
        box.add(new Paragraph(getTranslation("note.signed-facts", content.sessionDate() == null ? ""
                : Formats.date(content.sessionDate(), getLocale()), getTranslation("note.template." + content.template()),
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
        note.themes().forEach(t -> {
            var tag = new Span(t.name());
            tag.getElement().getThemeList().add("badge");
            tag.setTitle(getTranslation("theme.category." + t.category().name()));
            tags.add(tag);
        });
        box.add(new H3(getTranslation("note.themes")), tags);

        box.add(new H2(getTranslation("note.addenda")));
        if (note.addenda().isEmpty()) {
            box.add(new Paragraph(getTranslation("note.addenda.none")));
        }
        note.addenda().forEach(a -> {
            var item = new Div(new Paragraph(getTranslation("note.addendum.by", a.author(),
                    Formats.dateTime(a.at(), zone, getLocale()))), text(a.body()));
            item.addClassName("attune-addendum");
            box.add(item);
        });
        var body = new TextArea(getTranslation("note.addendum.new"));
        body.setWidthFull();
        body.setMaxLength(20_001);
        var add = new Button(getTranslation("note.addendum.add"), e -> {
            try {
                notes.addAddendum(note.id(), body.getValue());
                FormProblems.success(getTranslation("note.addendum.added"));
                note = notes.get(note.id());
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

    private static Component text(String value) {
        // Text, never markup: whatever was typed, script included, shows exactly as typed.
        var p = new Div();
        p.setText(value);
        p.addClassName("attune-note-text");
        return p;
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone)
                .format(instant);
    }
}
