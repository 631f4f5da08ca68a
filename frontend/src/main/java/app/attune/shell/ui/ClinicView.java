package app.attune.shell.ui;

import app.attune.base.ClinicService;
import app.attune.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The admin's home: the clinic at a glance. */
@Route("clinic")
@PageTitle("title.clinic")
@Menu(order = 0, title = "menu.clinic", icon = "vaadin:building")
@RolesAllowed(Role.Names.ADMIN)
class ClinicView extends Main {

    ClinicView(ClinicService clinics, Clock clock) {
        var clinic = clinics.clinic();
        var now = ZonedDateTime.now(clock.withZone(clinic.zone()));
        String localTime =
                now.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()));
        // a plain link: the retention screen belongs to the records feature, which base must not depend on
        var retention = new Paragraph(getTranslation("clinic.retention", clinics.recordRetentionYears()) + " ");
        var link = new Anchor("retention", getTranslation("clinic.retention.link"));
        link.getElement().setAttribute("router-link", true);
        retention.add(link);
        add(
                new H1(clinic.name()),
                new Paragraph(getTranslation("clinic.zone", clinic.zone().getId(), localTime)),
                retention,
                new Paragraph(getTranslation("clinic.empty")));
    }
}
