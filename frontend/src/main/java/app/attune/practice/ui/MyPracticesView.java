package app.attune.practice.ui;

import app.attune.base.ClinicService;
import app.attune.practice.AssignmentStatus;
import app.attune.practice.Frequency;
import app.attune.practice.MyPractice;
import app.attune.practice.MyPractices;
import app.attune.practice.MyPracticesPage;
import app.attune.security.Role;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The client's practices, phone first: what today asks for, the rest of the week, and what they have done. The count
 * only ever encourages; nothing here scolds.
 */
@Route("my/practices")
@PageTitle("title.my-practices")
@Menu(order = 0.5, title = "menu.my-practices", icon = "vaadin:heart-o")
@RolesAllowed(Role.Names.CLIENT)
class MyPracticesView extends Main {

    private final MyPractices practices;
    private final ZoneId zone;

    MyPracticesView(MyPractices practices, ClinicService clinics) {
        this.practices = practices;
        this.zone = clinics.clinic().zone();
        addClassName("attune-my-practices");
        render();
    }

    private void render() {
        removeAll();
        var page = practices.open();
        add(new H1(getTranslation("my-practices.heading")));
        if (page.newCount() > 0) {
            var notice = new Div(new Span(getTranslation("my-practices.new", page.newCount())));
            notice.addClassName("attune-notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        if (page.practices().isEmpty() && page.past().isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("my-practices.empty")));
            empty.addClassName("attune-empty");
            add(empty);
            return;
        }
        add(encouragement(page));
        section(page, "my-practices.today", "my-practices.today.empty", MyPractice::forToday);
        section(page, "my-practices.week", null, p -> !p.forToday());
        add(past(page));
    }

    private Paragraph encouragement(MyPracticesPage page) {
        String text = page.doneThisWeek() == 0
                ? getTranslation("my-practices.count.none")
                : page.weeksInARow() >= 2
                        ? getTranslation("my-practices.count.streak", page.doneThisWeek(), page.weeksInARow())
                        : getTranslation("my-practices.count", page.doneThisWeek());
        var p = new Paragraph(text);
        p.addClassName("attune-encouragement");
        return p;
    }

    private void section(
            MyPracticesPage page, String headingKey, @Nullable String emptyKey, Predicate<MyPractice> which) {
        var chosen = page.practices().stream().filter(which).toList();
        if (chosen.isEmpty() && emptyKey == null) {
            return;
        }
        add(new H2(getTranslation(headingKey)));
        if (chosen.isEmpty()) {
            var empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("attune-quiet");
            add(empty);
        }
        var list = new Div();
        list.addClassName("attune-practice-cards");
        chosen.forEach(p -> list.add(card(p, page)));
        add(list);
    }

    private Div card(MyPractice p, MyPracticesPage page) {
        var card = new Div();
        card.addClassNames("attune-card", "attune-practice-card");
        var title = new H3(p.title());
        if (p.isNew()) {
            var badge = new Span(getTranslation("my-practices.badge.new"));
            badge.getElement().getThemeList().add("badge success");
            title.add(new Span(" "), badge);
        }
        card.add(title, new Paragraph(getTranslation("my-practices.meta", p.minutes(), how(p))));
        if (p.note() != null) {
            var note = new Paragraph(getTranslation("my-practices.note", p.note()));
            note.addClassName("attune-note");
            card.add(note);
        }
        if (p.expectedThisWeek() > 0) {
            card.add(new Paragraph(getTranslation("my-practices.this-week", p.doneThisWeek(), p.expectedThisWeek())));
        }
        var steps = new OrderedList();
        p.steps().forEach(s -> steps.add(new ListItem(s)));
        var details = new NativeDetails(
                getTranslation("my-practices.how"),
                new Div(steps, new Paragraph(getTranslation("my-practices.why", p.why()))));
        details.setOpen(p.forToday());
        card.add(details);
        if (p.status() == AssignmentStatus.PAUSED) {
            card.add(new Paragraph(getTranslation("my-practices.paused")));
        } else if (p.startsOn().isAfter(page.today())) {
            card.add(new Paragraph(getTranslation("my-practices.starts", Formats.date(p.startsOn(), getLocale()))));
        } else if (p.open(page.today())) {
            var done = new Button(
                    getTranslation("my-practices.did-it"),
                    e -> new DidItDialog(p, practices, zone, this::render).open());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            done.setAriaLabel(getTranslation("my-practices.did-it-named", p.title()));
            card.add(done);
        }
        return card;
    }

    private String how(MyPractice p) {
        return p.frequency() == Frequency.TIMES_PER_WEEK
                ? getTranslation("assignment.times-a-week", p.timesPerWeek())
                : getTranslation("assignment.frequency." + p.frequency().name());
    }

    private Div past(MyPracticesPage page) {
        var box = new Div(new H2(getTranslation("my-practices.past")));
        if (page.past().isEmpty()) {
            var empty = new Paragraph(getTranslation("my-practices.past.empty"));
            empty.addClassName("attune-quiet");
            box.add(empty);
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("attune-reflections");
        page.past().forEach(c -> {
            var item = new ListItem();
            var meta = new Span(getTranslation(
                    "my-practices.past.line",
                    c.title(),
                    Formats.dateTime(c.completion().doneAt(), zone, getLocale()),
                    c.completion().distressBefore(),
                    c.completion().distressAfter()));
            meta.addClassName("attune-meta");
            item.add(meta);
            if (c.completion().reflection() != null) {
                item.add(new Paragraph(c.completion().reflection()));
            }
            list.add(item);
        });
        box.add(list);
        return box;
    }
}
