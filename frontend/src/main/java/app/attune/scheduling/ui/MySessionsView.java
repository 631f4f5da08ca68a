package app.attune.scheduling.ui;

import app.attune.base.ClinicService;
import app.attune.scheduling.CalendarFiles;
import app.attune.scheduling.ClientSessions;
import app.attune.scheduling.MySession;
import app.attune.scheduling.SessionMode;
import app.attune.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/** The client's upcoming sessions, each with a file to add it to their own calendar. Made for a phone first. */
@Route("my-sessions")
@PageTitle("title.my-sessions")
@Menu(order = 0.4, title = "menu.my-sessions", icon = "vaadin:calendar-user")
@RolesAllowed(Role.Names.CLIENT)
class MySessionsView extends Main {

    MySessionsView(ClientSessions sessions, ClinicService clinics) {
        addClassName("attune-my-sessions");
        add(new H1(getTranslation("my-sessions.heading")));
        var upcoming = sessions.upcoming();
        if (upcoming.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("my-sessions.empty")));
            empty.addClassName("attune-empty");
            add(empty);
            return;
        }
        var zone = clinics.clinic().zone();
        var list = new UnorderedList();
        list.addClassName("attune-session-cards");
        upcoming.forEach(s -> list.add(card(s, sessions, zone)));
        add(list);
    }

    private ListItem card(MySession s, ClientSessions sessions, ZoneId zone) {
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(getLocale())
                .withZone(zone);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        var card = new ListItem();
        card.add(new H2(day.format(s.start())));
        card.add(new Paragraph(getTranslation(
                "my-sessions.time",
                time.format(s.start()),
                time.format(s.end()),
                zone.getDisplayName(TextStyle.SHORT, getLocale()))));
        card.add(new Paragraph(getTranslation("my-sessions.with", s.therapistName())));
        if (s.mode() == SessionMode.VIDEO) {
            var join = new Anchor(s.videoLink(), getTranslation("my-sessions.join"));
            join.setTarget("_blank");
            card.add(new Paragraph(getTranslation("session.mode.VIDEO")), join);
        } else {
            card.add(new Paragraph(
                    s.location() == null
                            ? getTranslation("my-sessions.in-person")
                            : getTranslation("my-sessions.where", s.location())));
        }
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] ics = sessions.calendarFile(s.appointmentId());
                    return new DownloadResponse(
                            new ByteArrayInputStream(ics), "session.ics", CalendarFiles.CONTENT_TYPE, ics.length);
                }),
                "");
        download.add(
                VaadinIcon.CALENDAR.create(),
                new com.vaadin.flow.component.html.Span(getTranslation("my-sessions.add-to-calendar")));
        download.addClassName("attune-ics");
        card.add(download);
        return card;
    }
}
