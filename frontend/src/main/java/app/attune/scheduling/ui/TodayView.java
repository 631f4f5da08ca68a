package app.attune.scheduling.ui;

import app.attune.base.ClinicService;
import app.attune.client.ui.ClientNavigation;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.DayEntry;
import app.attune.scheduling.TherapistDay;
import app.attune.security.AttuneUser;
import app.attune.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;

/** The therapist's home: what today holds, in order. */
@Route("today")
@PageTitle("title.today")
@Menu(order = 0, title = "menu.today", icon = "vaadin:sun-o")
@RolesAllowed(Role.Names.THERAPIST)
class TodayView extends Main {

    TodayView(
            AuthenticationContext authentication,
            ClinicService clinics,
            TherapistDay day,
            Clock clock,
            ObjectProvider<TodayPanel> panels,
            AppointmentNotePage notePage,
            ConsultationsPage consultationsPage) {
        addClassName("attune-today");
        String name = authentication
                .getAuthenticatedUser(AttuneUser.class)
                .map(AttuneUser::displayName)
                .orElse("");
        var zone = clinics.clinic().zone();
        var today = LocalDate.now(clock.withZone(zone));
        add(
                new H1(getTranslation("today.heading", name)),
                new Paragraph(today.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()))));

        var entries = day.today();
        if (entries.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("today.empty")));
            empty.addClassName("attune-empty");
            add(empty);
        } else {
            add(list(entries, zone, notePage, consultationsPage));
        }
        panels.orderedStream()
                .sorted(Comparator.comparingInt(TodayPanel::order))
                .forEach(panel -> panel.content().ifPresent(this::add));
    }

    private UnorderedList list(
            java.util.List<DayEntry> entries,
            java.time.ZoneId zone,
            AppointmentNotePage notePage,
            ConsultationsPage consultationsPage) {
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        var list = new UnorderedList();
        list.addClassName("attune-day");
        for (DayEntry entry : entries) {
            var item = new ListItem(new Span(getTranslation(
                    entry.clientName() == null ? "today.entry" : "today.entry.with",
                    time.format(entry.start()),
                    time.format(entry.end()),
                    getTranslation("appointment.kind." + entry.kind().name()),
                    getTranslation("appointment.status." + entry.status().name()),
                    entry.clientName())));
            if (entry.clientId() != null) {
                item.add(new Anchor(
                        ClientNavigation.clientLocation(entry.clientId()), getTranslation("today.open-client")));
                // The notes feature answers this address; scheduling only knows the appointment.
                item.add(new Anchor(notePage.location(entry.appointmentId()), getTranslation("today.note")));
            } else if (entry.kind() == AppointmentKind.CONSULTATION) {
                item.add(new Anchor(consultationsPage.location(), getTranslation("today.open-consultations")));
            }
            list.add(item);
        }
        return list;
    }
}
