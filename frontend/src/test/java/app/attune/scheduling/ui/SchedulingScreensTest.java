package app.attune.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Client;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestSchedule;
import app.attune.people.TherapistCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class SchedulingScreensTest extends ScreenTest {

    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    @Autowired
    JdbcTemplate jdbc;

    private TestSchedule schedule;

    // This test's own therapist, Leila, with two clients and the demo's working hours; therapists' names are unique.
    private Person leila;
    private Client zoe;
    private Client farid;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private UUID booked;

    @BeforeEach
    void a_therapist_with_two_clients() {
        schedule = new TestSchedule(context, clinic);
        leila = clinic.therapist("Leila Moradi " + run);
        schedule.weekdaysNineToFive(leila);
        zoe = clinic.clientOf(leila, "Zoë Tremblay");
        farid = clinic.clientOf(leila, "Farid Ahmadi");
    }

    @AfterEach
    void removeWhatTheTestBooked() {
        if (booked != null) {
            jdbc.update("delete from therapy_session where appointment_id = ?", booked);
            jdbc.update("delete from appointment where id = ?", booked);
        }
        jdbc.update("delete from time_off where note = 'test'");
    }

    private static LocalDate thisMonday() {
        return LocalDate.now(HALIFAX).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private java.util.List<String> entries() {
        return $(Div.class).withClassName("attune-cal-entry").all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    private void openCalendarAt(LocalDate date) {
        navigate("calendar", Main.class);
        var ui = com.vaadin.flow.component.UI.getCurrent();
        ui.navigate("calendar", QueryParameters.of("date", date.toString()));
    }

    @Test
    void a_therapist_sees_their_week_with_sessions_by_client_and_moves_between_weeks() {
        schedule.session(zoe, thisMonday(), LocalTime.of(10, 0), "Room 2");
        var sam = clinic.therapist("Sam Richard " + run);
        schedule.session(clinic.clientOf(sam, "Minh Nguyen"), thisMonday().plusDays(3), LocalTime.of(10, 0), null);
        clinic.signIn(leila);
        openCalendarAt(thisMonday());

        assertThat(entries()).anyMatch(e -> e.contains("Zoë Tremblay"));
        assertThat(entries()).noneMatch(e -> e.contains("Minh"));
        assertThat($(Div.class).withClassName("attune-cal-day").all()).hasSize(7);
        assertThat($(Div.class).withClassName("attune-cal-working").all()).isNotEmpty();
        assertThat($(Div.class).withClassName("attune-cal-now").all())
                .as("the current time is marked")
                .hasSize(1);
        String range = $(Span.class).withClassName("attune-cal-range").single().getText();

        test($(Button.class).withAttribute("aria-label", "Later").single()).click();

        String next = $(Span.class).withClassName("attune-cal-range").single().getText();
        assertThat(next).isNotEqualTo(range);
    }

    @Test
    void the_day_view_shows_one_column() {
        clinic.signIn(leila);
        navigate("calendar", Main.class);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "calendar",
                        QueryParameters.simple(
                                java.util.Map.of("date", thisMonday().toString(), "view", "day")));

        assertThat($(Div.class).withClassName("attune-cal-day").all()).hasSize(1);
    }

    @Test
    void a_therapist_books_a_session_from_the_calendar_and_an_overlap_is_named_on_the_time_field() {
        var day = thisMonday().plusWeeks(3).plusDays(4); // a Friday, clear for this test's therapist
        clinic.signIn(leila);
        openCalendarAt(day);
        test($(Button.class).withText("New session").single()).click();
        var dialog = $(Dialog.class).last();
        @SuppressWarnings("unchecked")
        ComboBox<ClientChoice> client =
                $(ComboBox.class, dialog).withLabel("Client").single();
        test(client).selectItem("Farid Ahmadi");
        test($(DatePicker.class, dialog).withLabel("Date").single()).setValue(day);
        test($(TimePicker.class, dialog).withLabel("Start time").single()).setValue(LocalTime.of(9, 0));
        test($(Button.class, dialog).withText("Book").single()).click();

        booked = jdbc.queryForObject(
                "select id from appointment where client_id = ? and starts_at = ?",
                UUID.class,
                farid.id(),
                java.sql.Timestamp.from(day.atTime(9, 0).atZone(HALIFAX).toInstant()));
        assertThat(entries()).anyMatch(e -> e.contains("Farid Ahmadi"));

        test($(Button.class).withText("New session").single()).click();
        var second = $(Dialog.class).last();
        @SuppressWarnings("unchecked")
        ComboBox<ClientChoice> again =
                $(ComboBox.class, second).withLabel("Client").single();
        test(again).selectItem("Zoë Tremblay");
        test($(DatePicker.class, second).withLabel("Date").single()).setValue(day);
        var start = $(TimePicker.class, second).withLabel("Start time").single();
        test(start).setValue(LocalTime.of(9, 30));
        test($(Button.class, second).withText("Book").single()).click();

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).startsWith("This time overlaps a session with Farid Ahmadi");
    }

    @Test
    void cancelling_a_session_asks_for_a_reason_and_then_frees_the_time() {
        var day = thisMonday().plusWeeks(3).plusDays(4);
        booked = schedule.session(farid, day, LocalTime.of(15, 0), null);
        clinic.signIn(leila);
        openCalendarAt(day);

        var entry = $(Div.class).withClassName("attune-cal-entry").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains("Farid"))
                .findFirst()
                .orElseThrow();
        test(entry).click();
        var dialog = $(Dialog.class).last();
        test($(Button.class, dialog).withText("Cancel session").single()).click();
        test($(Button.class, dialog).withText("Cancel the session").single()).click();
        var reason = $(TextArea.class, dialog).single();
        assertThat(reason.getErrorMessage()).isEqualTo("Please give a reason for cancelling.");

        test(reason).setValue("Farid asked to move to next month");
        test($(Button.class, dialog).withText("Cancel the session").single()).click();

        assertThat(jdbc.queryForObject("select status from appointment where id = ?", String.class, booked))
                .isEqualTo("CANCELLED");
        assertThat(entries()).noneMatch(e -> e.contains("Farid") && e.contains("3:00"));
    }

    @Test
    void an_admin_switches_between_therapists_calendars() {
        schedule.session(zoe, thisMonday(), LocalTime.of(10, 0), "Room 2");
        var sam = clinic.therapist("Sam Richard " + run);
        schedule.weekdaysNineToFive(sam);
        schedule.session(clinic.clientOf(sam, "Minh Nguyen"), thisMonday().plusDays(3), LocalTime.of(10, 0), null);
        schedule.session(clinic.clientOf(sam, "Daniel Okafor"), thisMonday().plusDays(1), LocalTime.of(11, 0), null);
        clinic.signIn(clinic.admin());
        openCalendarAt(thisMonday());
        @SuppressWarnings("unchecked")
        ComboBox<TherapistCard> therapist = $(ComboBox.class).single();
        test(therapist).selectItem(sam.name());

        assertThat(entries()).anyMatch(e -> e.contains("Minh") || e.contains("Dan"));
        assertThat(entries()).noneMatch(e -> e.contains("Zoë"));
    }

    @Test
    void a_client_sees_their_upcoming_sessions_with_a_calendar_file_for_each() {
        schedule.session(zoe, thisMonday().plusWeeks(1), LocalTime.of(10, 0), "Room 2");
        schedule.session(zoe, thisMonday().plusWeeks(2), LocalTime.of(10, 0), "Room 2");
        clinic.signIn(clinic.portalLogin(zoe));
        navigate(MySessionsView.class);

        var cards = $(ListItem.class).all();
        assertThat(cards).isNotEmpty();
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains("Leila Moradi", "Room 2");
        assertThat($(Anchor.class).withClassName("attune-ics").all()).hasSize(cards.size());
    }

    @Test
    void adding_days_off_over_booked_appointments_warns_first() {
        var monday = thisMonday().plusWeeks(1);
        schedule.session(zoe, monday, LocalTime.of(10, 0), "Room 2");
        clinic.signIn(leila);
        navigate(AvailabilityView.class);
        test($(DatePicker.class).withLabel("First day").single()).setValue(monday);
        test($(DatePicker.class).withLabel("Last day").single()).setValue(monday);
        test($(com.vaadin.flow.component.textfield.TextField.class)
                        .withLabel("Note")
                        .single())
                .setValue("test");
        test($(Button.class).withText("Add days off").single()).click();

        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("You have appointments on these days");
        assertThat(jdbc.queryForObject("select count(*) from time_off where note = 'test'", Integer.class))
                .isZero();
    }
}
