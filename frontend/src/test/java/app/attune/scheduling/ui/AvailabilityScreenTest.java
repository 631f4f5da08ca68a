package app.attune.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.FrontendTest;
import app.attune.ScreenTest;
import app.attune.fixture.TestClinic.Person;
import app.attune.fixture.TestSchedule;
import app.attune.scheduling.availability.WindowKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FrontendTest
class AvailabilityScreenTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    private TestSchedule schedule;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void a_clinic() {
        schedule = new TestSchedule(context, clinic);
    }

    /** A therapist of this test's own, with the demo's working hours, Monday to Friday from 9 to 5. */
    private Person therapist(String name) {
        Person therapist = clinic.therapist(name + " " + run);
        schedule.weekdaysNineToFive(therapist);
        return therapist;
    }

    /** A weekly consultation window from one hour to another, as the therapist adds it. */
    private void consultations(Person therapist, DayOfWeek day, int fromHour, int toHour) {
        schedule.window(therapist, WindowKind.CONSULTATION, day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    /** A therapist like the demo's Leila: consultations on Tuesday mornings and Thursday afternoons. */
    private Person leila() {
        Person leila = therapist("Leila Moradi");
        consultations(leila, DayOfWeek.TUESDAY, 9, 12);
        consultations(leila, DayOfWeek.THURSDAY, 13, 16);
        return leila;
    }

    private Section section(String className) {
        return $(Section.class).withClassName(className).single();
    }

    private List<String> rows(Section section) {
        return $(ListItem.class, section).all().stream()
                .map(item -> $(Span.class, item).first().getText())
                .toList();
    }

    private IntegerField number(String label) {
        return $(IntegerField.class).withLabel(label).single();
    }

    @Test
    void a_therapist_adds_a_consultation_window_and_sees_it_listed() {
        Person leila = leila();
        clinic.signIn(leila);
        navigate(AvailabilityView.class);
        var windows = section("attune-windows-consultation");
        assertThat(rows(windows)).anySatisfy(r -> assertThat(r).startsWith("Tuesday, "));

        test($(Select.class, windows).withLabel("Day").single()).selectItem("Sunday");
        test($(TimePicker.class, windows).withLabel("Starts").single()).setValue(LocalTime.of(10, 0));
        test($(TimePicker.class, windows).withLabel("Ends").single()).setValue(LocalTime.of(11, 30));
        test($(Button.class, windows).withText("Add consultation window").single())
                .click();

        assertThat(rows(windows)).last().asString().startsWith("Sunday, ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from availability_window where therapist_id = ?"
                                + " and kind = 'CONSULTATION' and day_of_week = 7 and start_time = '10:00'",
                        Long.class,
                        leila.id()))
                .isEqualTo(1);
    }

    @Test
    void a_window_that_ends_before_it_starts_is_refused_on_the_end_field() {
        clinic.signIn(leila());
        navigate(AvailabilityView.class);
        var hours = section("attune-windows-working");
        var end = $(TimePicker.class, hours).withLabel("Ends").single();

        test($(Select.class, hours).withLabel("Day").single()).selectItem("Saturday");
        test($(TimePicker.class, hours).withLabel("Starts").single()).setValue(LocalTime.of(14, 0));
        test(end).setValue(LocalTime.of(13, 0));
        test($(Button.class, hours).withText("Add working hours").single()).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The window needs to end after it starts.");
        assertThat(rows(hours)).noneSatisfy(r -> assertThat(r).startsWith("Saturday"));
    }

    @Test
    void a_bad_value_shows_its_message_on_the_field_and_nothing_is_saved() {
        Person leila = leila();
        clinic.signIn(leila);
        navigate(AvailabilityView.class);
        var perDay = number("Most consultations a day");

        test(number("Days ahead")).setValue(90);
        test(perDay).setValue(0);
        test($(Button.class).withText("Save").single()).click();

        assertThat(perDay.isInvalid()).isTrue();
        assertThat(perDay.getErrorMessage()).isEqualTo("Please choose between 1 and 20 a day.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from booking_settings where therapist_id = ?", Long.class, leila.id()))
                .isZero();
    }

    @Test
    void a_therapist_adds_days_off_with_a_private_note() {
        Person leila = leila();
        clinic.signIn(leila);
        navigate(AvailabilityView.class);
        var daysOff = section("attune-days-off");
        assertThat($(Paragraph.class, daysOff)
                        .withText(
                                "No days off planned. Add them here before a holiday or a course, so nobody books those days.")
                        .exists())
                .isTrue();
        LocalDate first = LocalDate.now().plusDays(30);

        test($(DatePicker.class, daysOff).withLabel("First day").single()).setValue(first);
        test($(TextField.class, daysOff).withLabel("Note").single()).setValue("Training course");
        test($(Button.class, daysOff).withText("Add days off").single()).click();

        assertThat($(ListItem.class, daysOff).all()).hasSize(1);
        assertThat($(Span.class, daysOff).withText("Training course").exists()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select last_day from time_off where therapist_id = ?", LocalDate.class, leila.id()))
                .isEqualTo(first);
    }

    @Test
    void an_admin_picks_a_therapist_and_changes_their_settings() {
        // A therapist like the demo's Sam: consultations on Monday and Saturday mornings and Wednesday afternoons.
        Person sam = therapist("Sam Richard");
        consultations(sam, DayOfWeek.MONDAY, 10, 12);
        consultations(sam, DayOfWeek.WEDNESDAY, 14, 17);
        consultations(sam, DayOfWeek.SATURDAY, 10, 12);
        clinic.signIn(clinic.admin());
        navigate(AvailabilityView.class);
        assertThat($(IntegerField.class).exists()).isFalse();

        test($(ComboBox.class).withLabel("Therapist").single()).selectItem(sam.name());
        assertThat(rows(section("attune-windows-consultation")))
                .anySatisfy(r -> assertThat(r).startsWith("Saturday, "));
        assertThat(number("Minimum notice, in hours").getValue()).isEqualTo(12);
        test(number("Minimum notice, in hours")).setValue(24);
        test(number("Most consultations a day")).setValue(6);
        test($(Button.class).withText("Save").single()).click();

        assertThat(jdbc.queryForMap(
                        "select min_notice_minutes, max_per_day from booking_settings" + " where therapist_id = ?",
                        sam.id()))
                .containsEntry("min_notice_minutes", 1440)
                .containsEntry("max_per_day", 6);
    }

    @Test
    void a_client_cannot_open_availability() {
        var leila = clinic.therapist("Leila Moradi " + run);
        clinic.signIn(clinic.portalLogin(clinic.clientOf(leila, "Zoë Tremblay")));
        navigate("availability", Main.class);

        assertThat($(H1.class).first().getText()).isEqualTo("We couldn't find that page");
    }
}
