package app.attune.consultation;

import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Gives a fixture therapist the week the demo gives Leila or Sam, so consultation tests book into windows of their
 * own therapists: working 09:00–17:00 on weekdays, and consultations in the given windows.
 */
final class ConsultationWeeks {

    /** Leila's consultation windows in the demo: Tuesday 09:00–12:00 and Thursday 13:00–16:00. */
    static final Object[][] LEILAS = {{DayOfWeek.TUESDAY, "09:00", "12:00"}, {DayOfWeek.THURSDAY, "13:00", "16:00"}};

    /** Sam's consultation windows in the demo: Monday 10:00–12:00, Wednesday 14:00–17:00, Saturday 10:00–12:00. */
    static final Object[][] SAMS = {
        {DayOfWeek.MONDAY, "10:00", "12:00"},
        {DayOfWeek.WEDNESDAY, "14:00", "17:00"},
        {DayOfWeek.SATURDAY, "10:00", "12:00"}
    };

    private ConsultationWeeks() {}

    /** Adds the working week and the consultation windows, as the therapist. */
    static void give(TestClinic clinic, AvailabilityService availability, Person therapist, Object[][] windows) {
        clinic.as(therapist, () -> {
            for (var day : DayOfWeek.values()) {
                if (day.getValue() <= 5) {
                    availability.addWindow(
                            therapist.id(), WindowKind.WORKING, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
                }
            }
            for (var w : windows) {
                availability.addWindow(
                        therapist.id(),
                        WindowKind.CONSULTATION,
                        (DayOfWeek) w[0],
                        LocalTime.parse((String) w[1]),
                        LocalTime.parse((String) w[2]));
            }
            return null;
        });
    }
}
