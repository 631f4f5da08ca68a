package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.scheduling.SessionChange;
import app.attune.scheduling.SessionDetails;
import app.attune.scheduling.SessionMode;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The form for moving a session or changing its length and place. */
class SessionChangeForm extends Composite<FormLayout> {

    private final BeanValidationBinder<SessionChange> binder = new BeanValidationBinder<>(SessionChange.class);
    private final RadioButtonGroup<SessionMode> mode = new RadioButtonGroup<>();
    private final TextField videoLink = new TextField();

    SessionChangeForm() {
        var form = getContent();
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        var date = new DatePicker(getTranslation("session.date"));
        binder.forField(date).bind("date");
        var start = new TimePicker(getTranslation("session.start"));
        start.setStep(Duration.ofMinutes(15));
        binder.forField(start).bind("start");
        var minutes = new IntegerField(getTranslation("session.minutes"));
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        minutes.setMin(1);
        minutes.setMax(240);
        binder.forField(minutes).bind("minutes");
        mode.setLabel(getTranslation("session.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("session.mode." + m.name()));
        binder.forField(mode).bind("mode");
        videoLink.setLabel(getTranslation("session.video-link"));
        videoLink.setPlaceholder("https://");
        videoLink.setMaxLength(501);
        binder.forField(videoLink).withNullRepresentation("").bind("videoLink");
        var location = new TextField(getTranslation("session.location"));
        location.setMaxLength(201);
        binder.forField(location).withNullRepresentation("").bind("location");
        mode.addValueChangeListener(e -> videoLink.setVisible(e.getValue() == SessionMode.VIDEO));
        form.add(date, start, minutes, mode, videoLink, location);
    }

    void read(SessionDetails session, ZoneId zone) {
        var local = session.start().atZone(zone);
        binder.readRecord(new SessionChange(
                local.toLocalDate(),
                local.toLocalTime(),
                session.minutes(),
                session.mode(),
                session.videoLink(),
                session.location()));
        videoLink.setVisible(session.mode() == SessionMode.VIDEO);
    }

    Optional<SessionChange> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void show(InvalidInputException e) {
        FormProblems.show(binder, e);
    }
}
