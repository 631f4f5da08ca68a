package app.attune.scheduling.ui;

import app.attune.base.ClinicService;
import app.attune.client.ClientService;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.CalendarEntry;
import app.attune.scheduling.SessionService;
import app.attune.scheduling.TherapistCalendar;
import app.attune.scheduling.feed.CalendarFeedService;
import app.attune.security.AttuneUser;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The therapist's calendar, by week or by day. The date, the view and (for admins) the therapist live in the address,
 * so a reload or the back button keeps the place.
 */
@Route("calendar")
@PageTitle("title.calendar")
@Menu(order = 1.5, title = "menu.calendar", icon = "vaadin:calendar")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class CalendarView extends Main implements BeforeEnterObserver {

    private final TherapistCalendar calendar;
    private final AppointmentNotePage notePage;
    private final ConsultationsPage consultationsPage;
    private final SessionService sessions;
    private final ClientService clients;
    private final CalendarFeedService feeds;
    private final List<TherapistCard> therapists;
    private final Clock clock;
    private final ZoneId zone;
    private final AttuneUser user;
    private final String publicUrl;
    private final Div board = new Div();
    private final Span range = new Span();
    private final DatePicker jump = new DatePicker();
    private final Tabs view = new Tabs();
    private final Tab week = new Tab();
    private final Tab day = new Tab();
    private final ComboBox<TherapistCard> therapist = new ComboBox<>();

    /** The query parameters the calendar reads its state from; {@link SchedulingNavigation} writes them. */
    static final String DATE = "date";

    static final String VIEW = "view";
    static final String DAY = "day";
    static final String THERAPIST = "therapist";

    private LocalDate date = LocalDate.EPOCH; // set by beforeEnter, from the address or today
    private boolean dayView;
    private @Nullable UUID therapistId;

    CalendarView(
            TherapistCalendar calendar,
            SessionService sessions,
            ClientService clients,
            CalendarFeedService feeds,
            TherapistDirectory directory,
            CurrentUser currentUser,
            ClinicService clinics,
            Clock clock,
            AppointmentNotePage notePage,
            ConsultationsPage consultationsPage,
            @Value("${attune.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.calendar = calendar;
        this.notePage = notePage;
        this.consultationsPage = consultationsPage;
        this.sessions = sessions;
        this.clients = clients;
        this.feeds = feeds;
        this.clock = clock;
        this.zone = clinics.clinic().zone();
        this.user = currentUser.require();
        this.therapists = user.role() == Role.ADMIN ? directory.publicTherapists() : List.of();
        addClassName("attune-calendar");
        range.addClassName("attune-cal-range");
        add(new H1(getTranslation("calendar.heading")), toolbar(), legend(), board);
    }

    private Div toolbar() {
        var today = new Button(getTranslation("calendar.today"), e -> go(LocalDate.now(clock.withZone(zone)), dayView));
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> go(date.minusDays(dayView ? 1 : 7), dayView));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.setTooltipText(getTranslation("calendar.previous"));
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> go(date.plusDays(dayView ? 1 : 7), dayView));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setTooltipText(getTranslation("calendar.next"));
        jump.setAriaLabel(getTranslation("calendar.jump"));
        jump.setPlaceholder(getTranslation("calendar.jump"));
        jump.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue(), dayView);
            }
        });
        week.setLabel(getTranslation("calendar.week"));
        day.setLabel(getTranslation("calendar.day"));
        view.add(week, day);
        view.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                go(date, e.getSelectedTab() == day);
            }
        });
        var bar = new Div(today, previous, next, range, jump, view);
        bar.addClassName("attune-cal-toolbar");
        if (user.role() == Role.ADMIN) {
            therapist.setAriaLabel(getTranslation("calendar.therapist"));
            therapist.setPlaceholder(getTranslation("calendar.therapist"));
            therapist.setItems(therapists);
            therapist.setItemLabelGenerator(TherapistCard::displayName);
            therapist.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    therapistId = e.getValue().id();
                    go(date, dayView);
                }
            });
            bar.add(therapist);
        } else {
            var feed = new Button(
                    getTranslation("calendar.feed"),
                    VaadinIcon.MOBILE.create(),
                    e -> new CalendarFeedDialog(feeds, publicUrl, zone).open());
            feed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(feed);
        }
        var newSession = new Button(
                getTranslation("calendar.new-session"),
                VaadinIcon.PLUS.create(),
                e -> newSession(date, LocalTime.of(9, 0)));
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(newSession);
        return bar;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("attune-cal-legend");
        for (String key : new String[] {"session", "consultation", "working", "window", "off"}) {
            var item = new Span(getTranslation("calendar.legend." + key));
            item.addClassName("attune-legend-" + key);
            legend.add(item);
        }
        return legend;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        date = params.getSingleParameter(DATE)
                .flatMap(CalendarView::parseDate)
                .orElse(LocalDate.now(clock.withZone(zone)));
        dayView = params.getSingleParameter(VIEW).map(DAY::equals).orElse(false);
        if (user.role() == Role.ADMIN) {
            therapistId = params.getSingleParameter(THERAPIST)
                    .flatMap(CalendarView::parseId)
                    .filter(id -> therapists.stream().anyMatch(t -> t.id().equals(id)))
                    .orElse(therapists.isEmpty() ? null : therapists.getFirst().id());
            therapists.stream()
                    .filter(t -> t.id().equals(therapistId))
                    .findFirst()
                    .ifPresent(therapist::setValue);
        } else {
            therapistId = user.id();
        }
        render();
    }

    private void go(LocalDate to, boolean byDay) {
        if (user.role() == Role.ADMIN && therapistId != null) {
            SchedulingNavigation.toCalendar(to, byDay, therapistId);
        } else {
            SchedulingNavigation.toCalendar(to, byDay);
        }
    }

    private void render() {
        board.removeAll();
        view.setSelectedTab(dayView ? day : week);
        jump.setValue(date);
        UUID shown = therapistId;
        if (shown == null) {
            var empty = new Div(new Span(getTranslation("calendar.no-therapists")));
            empty.addClassName("attune-empty");
            board.add(empty);
            return;
        }
        var first = dayView ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var days = calendar.days(shown, first, dayView ? 1 : 7);
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        range.setText(
                dayView
                        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(getLocale())
                                .format(first)
                        : getTranslation("calendar.range", format.format(first), format.format(days.last())));
        board.add(new CalendarBoard(days, zone, clock.instant(), this::open, this::newSession));
        if (days.entries().isEmpty()) {
            var hint = new Div(new Span(getTranslation("calendar.empty")));
            hint.addClassName("attune-cal-hint");
            board.add(hint);
        }
    }

    private void open(CalendarEntry entry) {
        if (entry.kind() == AppointmentKind.CONSULTATION) {
            UI.getCurrent().navigate(consultationsPage.location());
            return;
        }
        new SessionDetailsDialog(sessions, notePage, zone, clock, entry.appointmentId(), this::render).open();
    }

    private void newSession(LocalDate day, LocalTime time) {
        UUID forTherapist = therapistId;
        if (forTherapist == null) {
            // Only an admin can be here with no therapist chosen (there are none yet); a therapist is always theirs.
            return;
        }
        new NewSessionDialog(sessions, clients, forTherapist, zone, this::render).open(null, day, time);
    }

    private static java.util.Optional<LocalDate> parseDate(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<UUID> parseId(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
