package app.attune.scheduling.ui;

import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A therapist's availability: booking rules, consultation windows, working hours and days off. Admins pick whose. */
@Route("availability")
@PageTitle("title.availability")
@Menu(order = 2, title = "menu.availability", icon = "vaadin:clock")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class AvailabilityView extends Main {

    private final AvailabilityService availability;
    private final Div sections = new Div();

    AvailabilityView(AvailabilityService availability, TherapistDirectory therapists, CurrentUser currentUser) {
        this.availability = availability;
        addClassName("attune-availability");
        add(new H1(getTranslation("availability.heading")));
        var user = currentUser.require();
        if (user.role() == Role.ADMIN) {
            var therapist = new ComboBox<TherapistCard>(getTranslation("availability.therapist"));
            therapist.setItems(therapists.publicTherapists());
            therapist.setItemLabelGenerator(TherapistCard::displayName);
            therapist.addValueChangeListener(
                    e -> show(e.getValue() == null ? null : e.getValue().id()));
            add(therapist);
            show(null);
        } else {
            add(new Paragraph(getTranslation("availability.intro")));
            show(user.id());
        }
        add(sections);
    }

    private void show(@Nullable UUID therapistId) {
        sections.removeAll();
        if (therapistId == null) {
            var empty = new Div(new Paragraph(getTranslation("availability.choose-therapist")));
            empty.addClassName("attune-empty");
            sections.add(empty);
            return;
        }
        sections.add(
                new BookingRulesForm(availability, therapistId),
                new WeeklyWindowsEditor(availability, therapistId, WindowKind.CONSULTATION),
                new WeeklyWindowsEditor(availability, therapistId, WindowKind.WORKING),
                new DaysOffEditor(availability, therapistId));
    }
}
