package app.attune.consultation.ui;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.consultation.BookingRequest;
import app.attune.consultation.BookingService;
import app.attune.consultation.RateLimitedException;
import app.attune.consultation.Slot;
import app.attune.consultation.SlotEngine;
import app.attune.consultation.SlotUnavailableException;
import app.attune.security.ui.SecurityNavigation;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Anyone books a free 15-minute consultation here, without an account, on a phone as well as a computer. */
@Route(value = "book", autoLayout = false)
@PageTitle("title.book")
@AnonymousAllowed
class BookingView extends Main {

    private final BookingService booking;
    private final SlotPicker picker;
    private final Select<TherapistChoice> therapist = new Select<>();
    private final BookingForm form = new BookingForm();
    private final Div chosen = new Div();
    private final Div step2 = new Div();
    private final TherapistChoice firstAvailable;
    private @Nullable Slot slot;

    BookingView(BookingService booking, SlotEngine engine, ClinicService clinics, Clock clock) {
        this.booking = booking;
        addClassName("attune-booking");
        firstAvailable = TherapistChoice.firstAvailable(getTranslation("book.first-available"));
        picker = new SlotPicker(engine, clinics, clock, this::choose);

        var therapists = new java.util.ArrayList<TherapistChoice>();
        therapists.add(firstAvailable);
        engine.bookableTherapists().stream().map(TherapistChoice::of).forEach(therapists::add);
        therapist.setLabel(getTranslation("book.therapist"));
        therapist.setWidthFull();
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(TherapistChoice::label);
        therapist.setValue(firstAvailable);
        therapist.addValueChangeListener(e -> {
            unchoose();
            picker.load(e.getValue() == null ? null : e.getValue().id());
        });

        var confirm = new Button(getTranslation("book.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var change = new Button(getTranslation("book.change-time"), e -> unchoose());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chosen.addClassName("attune-chosen");
        step2.add(new H2(getTranslation("book.step2")), chosen, change, form, confirm);
        step2.setVisible(false);

        add(
                new H1(getTranslation("book.heading", clinics.clinic().name())),
                new Paragraph(getTranslation("book.intro")),
                new H2(getTranslation("book.step1")),
                therapist,
                picker,
                step2);
        picker.load(null);
        getElement()
                .getNode()
                .runWhenAttached(ui ->
                        ui.getPage().retrieveExtendedClientDetails(details -> picker.useZone(details.getTimeZoneId())));
    }

    private void choose(Slot picked) {
        slot = picked;
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(picker.zone())
                .format(picked.start());
        String who = therapist.getValue() != null && therapist.getValue().id() != null
                ? therapist.getValue().displayName()
                : nameOf(picked);
        chosen.removeAll();
        chosen.add(new Paragraph(getTranslation("book.chosen", when, who)));
        step2.setVisible(true);
        picker.setVisible(false);
        form.name.focus();
    }

    private String nameOf(Slot picked) {
        return therapist
                .getListDataView()
                .getItems()
                .filter(t -> Objects.equals(t.id(), picked.therapistId()))
                .map(TherapistChoice::displayName)
                .findFirst()
                .orElse("");
    }

    private void unchoose() {
        slot = null;
        step2.setVisible(false);
        picker.setVisible(true);
    }

    private void confirm() {
        Slot picked = slot;
        if (picked == null) {
            // The form shows only once a time is chosen; a click that races a reset has nothing to book.
            return;
        }
        form.clearProblems();
        var request = new BookingRequest(
                picked.therapistId(),
                picked.start(),
                form.name.getValue(),
                form.email.getValue(),
                form.phone.getValue(),
                form.message.getValue(),
                form.consent.getValue(),
                form.website.getValue(),
                picker.zone().getId());
        try {
            var confirmation = booking.book(request, clientAddress());
            removeAll();
            var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(picker.zone())
                    .format(confirmation.start());
            add(
                    new H1(getTranslation("book.done.heading")),
                    new Paragraph(getTranslation("book.done.when", confirmation.therapistName(), when)),
                    new Paragraph(getTranslation("book.done.reference", confirmation.reference())),
                    new Paragraph(getTranslation("book.done.email", request.email())),
                    new Anchor(SecurityNavigation.homeLocation(), getTranslation("book.done.back")));
        } catch (InvalidInputException e) {
            if (!form.show(e)) {
                e.problems().stream()
                        .filter(p -> !List.of("name", "email", "phone", "message", "consent")
                                .contains(p.field()))
                        .forEach(p -> FormProblems.error(p.message()));
            }
        } catch (SlotUnavailableException e) {
            offerNearest(e);
        } catch (RateLimitedException e) {
            FormProblems.error(getTranslation("book.rate-limited"));
        }
    }

    private void offerNearest(SlotUnavailableException e) {
        chosen.removeAll();
        chosen.add(new Paragraph(getTranslation(
                e.reason() == SlotUnavailableException.Reason.TAKEN ? "book.taken" : "book.not-offered")));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(picker.zone());
        for (var other : e.nearest()) {
            var button = new Button(format.format(other.start()), click -> choose(other));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            chosen.add(button);
        }
    }

    private @Nullable String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
