package app.attune.scheduling.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import app.attune.base.ClinicService;
import app.attune.security.AttuneUser;

/** The therapist's home: what today holds. */
@Route("today")
@PageTitle("title.today")
@Menu(order = 0, title = "menu.today", icon = "vaadin:sun-o")
@RolesAllowed("THERAPIST")
class TodayView extends Main {

    TodayView(AuthenticationContext authentication, ClinicService clinics, Clock clock) {
        addClassName("attune-today");
        String name = authentication.getAuthenticatedUser(AttuneUser.class).map(AttuneUser::displayName).orElse("");
        var today = LocalDate.now(clock.withZone(clinics.clinic().zone()));
        var empty = new Div(new Paragraph(getTranslation("today.empty")));
        empty.addClassName("attune-empty");
        add(new H1(getTranslation("today.heading", name)),
                new Paragraph(today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()))),
                empty);
    }
}
