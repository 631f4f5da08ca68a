package app.attune.consultation.ui;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.consultation.BookingService;
import app.attune.consultation.ManagedBooking;
import app.attune.consultation.Slot;
import app.attune.consultation.SlotEngine;
import app.attune.consultation.SlotUnavailableException;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The private page a booker's email links to: see the consultation, cancel it, or choose another time. */
@Route(value = "consultation/:token", autoLayout = false)
@PageTitle("title.manage")
@AnonymousAllowed
class ManageConsultationView extends Main implements BeforeEnterObserver {

    private final BookingService booking;
    private final SlotEngine engine;
    private final ClinicService clinics;
    private final Clock clock;
    private String token = "";
    private final SlotPicker picker;

    ManageConsultationView(BookingService booking, SlotEngine engine, ClinicService clinics, Clock clock) {
        this.booking = booking;
        this.engine = engine;
        this.clinics = clinics;
        this.clock = clock;
        addClassName("attune-booking");
        // The picker reads the token when a time is chosen, after beforeEnter has set it.
        picker = new SlotPicker(engine, clinics, clock, this::moveTo);
    }

    private void moveTo(Slot slot) {
        try {
            show(booking.reschedule(token, slot.start()));
            FormProblems.success(getTranslation("manage.moved"));
        } catch (SlotUnavailableException e) {
            FormProblems.error(getTranslation("book.taken"));
            picker.load(slot.therapistId());
        } catch (InvalidInputException e) {
            FormProblems.error(e.problems().getFirst().message());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(booking.manage(token));
        } catch (InvalidInputException e) {
            removeAll();
            add(
                    new H1(getTranslation("manage.unknown.heading")),
                    new Paragraph(e.problems().getFirst().message()),
                    new Anchor(ConsultationNavigation.bookingLocation(), getTranslation("manage.book-again")));
        }
        getElement()
                .getNode()
                .runWhenAttached(ui -> ui.getPage().retrieveExtendedClientDetails(details -> {
                    picker.useZone(details.getTimeZoneId());
                    show(booking.manage(token));
                }));
    }

    private void show(ManagedBooking managed) {
        removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(picker.zone())
                .format(managed.start());
        add(
                new H1(getTranslation("manage.heading")),
                new Paragraph(getTranslation("manage.when", managed.therapistName(), when)),
                new Paragraph(getTranslation("manage.reference", managed.reference())),
                new Paragraph(getTranslation("manage.status." + managed.status().name())));
        if (!managed.changeable()) {
            add(new Anchor(ConsultationNavigation.bookingLocation(), getTranslation("manage.book-again")));
            return;
        }
        var cancel = new Button(getTranslation("manage.cancel"), e -> {
            var dialog = new ConfirmDialog(
                    getTranslation("manage.cancel.heading"),
                    getTranslation("manage.cancel.text"),
                    getTranslation("manage.cancel.confirm"),
                    ok -> {
                        booking.cancel(token);
                        show(booking.manage(token));
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("manage.cancel.keep"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var move = new Button(getTranslation("manage.move"), e -> {
            picker.load(managed.therapistId());
            picker.setVisible(true);
        });
        picker.setVisible(false);
        add(move, cancel, picker);
    }
}
