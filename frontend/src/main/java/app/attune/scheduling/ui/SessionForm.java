package app.attune.scheduling.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.ClientQuery;
import app.attune.client.ClientService;
import app.attune.client.ClientStatus;
import app.attune.scheduling.Repeat;
import app.attune.scheduling.SessionMode;
import app.attune.scheduling.SessionRequest;
import app.attune.scheduling.SessionType;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The form for a new session or series: who, when, how long, where, and how often. An admin picks among the clients
 * of the therapist whose calendar is open; a therapist among their own.
 */
class SessionForm extends Composite<FormLayout> {

    private final BeanValidationBinder<SessionRequest> binder = new BeanValidationBinder<>(SessionRequest.class);
    private final Map<UUID, ClientChoice> seen = new HashMap<>();
    private final ComboBox<ClientChoice> client = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final Select<SessionType> type = new Select<>();
    private final IntegerField minutes = new IntegerField();
    private final RadioButtonGroup<SessionMode> mode = new RadioButtonGroup<>();
    private final TextField videoLink = new TextField();
    private final TextField location = new TextField();
    private final Select<Repeat> repeat = new Select<>();
    private final RadioButtonGroup<String> ends = new RadioButtonGroup<>();
    private final IntegerField occurrences = new IntegerField();
    private final DatePicker until = new DatePicker();

    SessionForm(ClientService clients, UUID therapistId) {
        var form = getContent();
        form.setAutoResponsive(true);
        form.setExpandFields(true);

        client.setLabel(getTranslation("session.client"));
        client.setItemLabelGenerator(ClientChoice::name);
        var open = Set.of(ClientStatus.PROSPECT, ClientStatus.ACTIVE, ClientStatus.INACTIVE);
        client.setItemsPageable((pageable, filter) -> clients
                .caseload(
                        new ClientQuery(filter, open, null, therapistId),
                        org.springframework.data.domain.PageRequest.of(
                                pageable.getPageNumber(),
                                pageable.getPageSize(),
                                org.springframework.data.domain.Sort.by("legalName")))
                .stream()
                .map(row -> remember(new ClientChoice(row.id(), row.name())))
                .toList());
        binder.forField(client)
                .withConverter(new Converter<ClientChoice, UUID>() {
                    @Override
                    public Result<UUID> convertToModel(
                            ClientChoice value, com.vaadin.flow.data.binder.ValueContext context) {
                        return Result.ok(value == null ? null : value.id());
                    }

                    @Override
                    public @Nullable ClientChoice convertToPresentation(
                            @Nullable UUID value, com.vaadin.flow.data.binder.ValueContext context) {
                        return value == null ? null : seen.get(value);
                    }
                })
                .bind("clientId");

        date.setLabel(getTranslation("session.date"));
        binder.forField(date).bind("date");
        start.setLabel(getTranslation("session.start"));
        start.setStep(Duration.ofMinutes(15));
        binder.forField(start).bind("start");

        type.setLabel(getTranslation("session.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> getTranslation("session.type." + t.name()));
        binder.forField(type).bind("type");
        minutes.setLabel(getTranslation("session.minutes"));
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        binder.forField(minutes).bind("minutes");

        mode.setLabel(getTranslation("session.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("session.mode." + m.name()));
        binder.forField(mode).bind("mode");
        videoLink.setLabel(getTranslation("session.video-link"));
        videoLink.setPlaceholder("https://");
        videoLink.setMaxLength(501);
        binder.forField(videoLink).withNullRepresentation("").bind("videoLink");
        location.setLabel(getTranslation("session.location"));
        location.setMaxLength(201);
        binder.forField(location).withNullRepresentation("").bind("location");

        repeat.setLabel(getTranslation("session.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(r -> getTranslation("session.repeat." + r.name()));
        binder.forField(repeat).bind("repeat");
        ends.setLabel(getTranslation("session.ends"));
        ends.setItems("count", "date");
        ends.setItemLabelGenerator(e -> getTranslation("session.ends." + e));
        occurrences.setLabel(getTranslation("session.occurrences"));
        occurrences.setStepButtonsVisible(true);
        occurrences.setMin(2);
        occurrences.setMax(52);
        binder.forField(occurrences).bind("occurrences");
        until.setLabel(getTranslation("session.until"));
        binder.forField(until).bind("until");

        type.addValueChangeListener(e -> showWhatApplies());
        mode.addValueChangeListener(e -> showWhatApplies());
        repeat.addValueChangeListener(e -> showWhatApplies());
        ends.addValueChangeListener(e -> {
            if ("count".equals(e.getValue())) {
                until.clear();
            } else {
                occurrences.clear();
            }
            showWhatApplies();
        });

        form.add(client, 2);
        form.add(date, start, type, minutes, mode, videoLink, location, repeat, ends, occurrences, until);
    }

    private ClientChoice remember(ClientChoice choice) {
        seen.put(choice.id(), choice);
        return choice;
    }

    private void showWhatApplies() {
        minutes.setVisible(type.getValue() == SessionType.CUSTOM);
        videoLink.setVisible(mode.getValue() == SessionMode.VIDEO);
        boolean series = repeat.getValue() != null && repeat.getValue() != Repeat.NEVER;
        ends.setVisible(series);
        occurrences.setVisible(series && "count".equals(ends.getValue()));
        until.setVisible(series && "date".equals(ends.getValue()));
    }

    /** Fills the form for a new session, optionally with a client and a time already chosen. */
    void start(@Nullable ClientChoice chosen, @Nullable LocalDate day, @Nullable LocalTime time) {
        if (chosen != null) {
            remember(chosen);
        }
        binder.readRecord(new SessionRequest(
                chosen == null ? null : chosen.id(),
                day,
                time,
                SessionType.INDIVIDUAL,
                null,
                SessionMode.IN_PERSON,
                null,
                null,
                Repeat.NEVER,
                10,
                null));
        ends.setValue("count");
        client.setReadOnly(chosen != null);
        showWhatApplies();
    }

    /** What the therapist asked for, if every field is filled in as it should be; otherwise the fields say why. */
    Optional<SessionRequest> write() {
        try {
            var request = binder.writeRecord();
            // Only the fields that apply count: a length for a custom session, a link for video, an end for a series.
            return Optional.of(new SessionRequest(
                    request.clientId(),
                    request.date(),
                    request.start(),
                    request.type(),
                    request.type() == SessionType.CUSTOM ? request.minutes() : null,
                    request.mode(),
                    request.mode() == SessionMode.VIDEO ? request.videoLink() : null,
                    request.location(),
                    request.repeat(),
                    request.repeat() == Repeat.NEVER ? null : request.occurrences(),
                    request.repeat() == Repeat.NEVER ? null : request.until()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Puts the service's objections on the fields they are about. */
    void show(InvalidInputException e) {
        FormProblems.show(
                binder,
                new InvalidInputException(e.problems().stream()
                        .map(p -> p.field().equals("client")
                                ? new InvalidInputException.FieldProblem("clientId", p.message())
                                : p)
                        .toList()));
    }
}
