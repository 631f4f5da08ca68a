package app.attune.practice.ui;

import app.attune.base.ConcurrentEditException;
import app.attune.base.InvalidInputException;
import app.attune.practice.AssignmentFollowUp;
import app.attune.practice.AssignmentService;
import app.attune.practice.AssignmentStatus;
import app.attune.practice.CompletionRow;
import app.attune.practice.PracticeCategory;
import app.attune.practice.PracticeSummary;
import app.attune.shell.ui.FormProblems;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One assignment for its client's therapist: schedule, actions, adherence per week, distress chart and reflections. */
class FollowUpCard extends Div {

    FollowUpCard(AssignmentFollowUp f, AssignmentService assignments, ZoneId zone, Runnable changed) {
        addClassNames("attune-card", "attune-follow-up");
        var status = new Span(getTranslation("assignment.status." + f.status().name()));
        status.getElement().getThemeList().add("badge" + (f.status() == AssignmentStatus.ACTIVE ? " success" : ""));
        var title = new H3(f.practiceTitle());
        var header = new Div(title, status);
        header.addClassName("attune-page-header");
        add(
                header,
                new Paragraph(Schedules.describe(
                        this, getLocale(), f.frequency(), f.timesPerWeek(), f.startsOn(), f.endsOn())));
        if (f.note() != null) {
            var note = new Paragraph(getTranslation("assignment.your-note", f.note()));
            note.addClassName("attune-note");
            add(note);
        }
        if (f.status() != AssignmentStatus.ENDED) {
            add(actions(f, assignments, changed));
        }

        var summary = new Paragraph(
                f.averageEasing() == null
                        ? getTranslation("assignment.no-completions")
                        : getTranslation(
                                f.averageEasing() > 0
                                        ? "assignment.easing.down"
                                        : f.averageEasing() < 0 ? "assignment.easing.up" : "assignment.easing.same",
                                f.completions().size(),
                                String.format(getLocale(), "%.1f", Math.abs(f.averageEasing()))));
        summary.addClassName("attune-easing");
        add(summary);
        if (!f.weeks().isEmpty()) {
            add(adherence(f));
        }
        if (!f.completions().isEmpty()) {
            add(new H4(getTranslation("assignment.chart")), new DistressChart(f.completions(), zone, getLocale()));
            add(reflections(f.completions(), zone));
        }
        var history = new UnorderedList();
        for (var h : f.history()) {
            history.add(new ListItem(getTranslation(
                    "assignment.history.line",
                    Formats.dateTime(h.at(), zone, getLocale()),
                    getTranslation("assignment.event." + h.kind().name()),
                    Schedules.describe(this, getLocale(), h.frequency(), h.timesPerWeek(), h.startsOn(), h.endsOn()))));
        }
        add(new NativeDetails(getTranslation("assignment.history"), history));
    }

    private Div actions(AssignmentFollowUp f, AssignmentService assignments, Runnable changed) {
        // A change keeps the practice, so the dialog gets it as its only choice, shown read-only.
        var change = new Button(
                getTranslation("assignment.change"),
                e -> new AssignDialog(
                                getTranslation("assignment.change-named", f.practiceTitle()),
                                List.of(new PracticeSummary(
                                        f.practiceId(),
                                        f.practiceTitle(),
                                        PracticeCategory.SELF_REGULATION,
                                        0,
                                        List.of(),
                                        "",
                                        Set.of(),
                                        null,
                                        false,
                                        false,
                                        0)),
                                Set.of(),
                                f.toForm(),
                                filled -> assignments.change(f.id(), f.version(), filled),
                                changed)
                        .open());
        var pauseOrResume = f.status() == AssignmentStatus.PAUSED
                ? new Button(
                        getTranslation("assignment.resume"),
                        e -> act(() -> assignments.resume(f.id(), f.version()), changed))
                : new Button(
                        getTranslation("assignment.pause"),
                        e -> act(() -> assignments.pause(f.id(), f.version()), changed));
        var end = new Button(getTranslation("assignment.end"), e -> {
            var confirm = new ConfirmDialog(
                    getTranslation("assignment.end-named", f.practiceTitle()),
                    getTranslation("assignment.end.text"),
                    getTranslation("assignment.end"),
                    ok -> act(() -> assignments.end(f.id(), f.version()), changed));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("assignment.cancel"));
            confirm.open();
        });
        for (var b : List.of(change, pauseOrResume, end)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setAriaLabel(b.getText() + ": " + f.practiceTitle());
        }
        var actions = new Div(change, pauseOrResume, end);
        actions.addClassName("attune-row-actions");
        return actions;
    }

    private void act(Runnable action, Runnable changed) {
        try {
            action.run();
        } catch (InvalidInputException problem) {
            FormProblems.error(problem.problems().getFirst().message());
        } catch (ConcurrentEditException conflict) {
            FormProblems.error(getTranslation("assignment.conflict"));
        }
        changed.run();
    }

    private NativeTable adherence(AssignmentFollowUp f) {
        var table = new NativeTable();
        table.addClassName("attune-adherence");
        table.setCaptionText(getTranslation("assignment.adherence"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("assignment.week-of"));
        head.addHeaderCell().setText(getTranslation("assignment.done-of-asked"));
        for (var w : f.weeks()) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(w.weekStart(), getLocale()));
            var cell = row.addDataCell();
            cell.setText(
                    w.expected() == 0
                            ? getTranslation("assignment.nothing-asked", w.done())
                            : getTranslation(
                                    "assignment.done-of",
                                    w.done(),
                                    w.expected(),
                                    Math.round(100 * Objects.requireNonNull(w.rate(), "a week that asks has a rate"))));
            var bar = new Span();
            bar.addClassName("attune-bar");
            bar.getStyle().set("--attune-rate", w.rate() == null ? "0" : Double.toString(w.rate()));
            cell.add(bar);
        }
        return table;
    }

    private Div reflections(List<CompletionRow> completions, ZoneId zone) {
        var list = new UnorderedList();
        list.addClassName("attune-reflections");
        completions.stream().filter(c -> c.reflection() != null).forEach(c -> {
            var item = new ListItem();
            var when = new Span(getTranslation(
                    "assignment.reflection.meta",
                    Formats.dateTime(c.doneAt(), zone, getLocale()),
                    c.distressBefore(),
                    c.distressAfter(),
                    c.helpfulness() == null ? "–" : Integer.toString(c.helpfulness())));
            when.addClassName("attune-meta");
            // Text, never markup: a reflection is shown exactly as the client typed it.
            item.add(when, new Paragraph(c.reflection()));
            list.add(item);
        });
        var box = new Div(new H4(getTranslation("assignment.reflections")));
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("assignment.no-reflections")));
        } else {
            box.add(list);
        }
        return box;
    }
}
