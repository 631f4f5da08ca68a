package app.attune.demo;

import app.attune.scheduling.availability.AvailabilityService;
import app.attune.scheduling.availability.WindowKind;
import app.attune.security.AccountDirectory;
import app.attune.security.AccountLookup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo therapists' weekly hours and consultation windows, added through the availability service as each
 * therapist would. Demo profile only, and only when they have none.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAvailability implements ApplicationRunner {

    private final AvailabilityService availability;
    private final AccountLookup lookup;
    private final AccountDirectory accounts;

    DemoAvailability(AvailabilityService availability, AccountLookup lookup, AccountDirectory accounts) {
        this.availability = availability;
        this.lookup = lookup;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        therapist("leila@clearmind.example", new Object[][] {
            {DayOfWeek.TUESDAY, "09:00", "12:00"}, {DayOfWeek.THURSDAY, "13:00", "16:00"}
        });
        therapist("sam@clearmind.example", new Object[][] {
            {DayOfWeek.MONDAY, "10:00", "12:00"},
            {DayOfWeek.WEDNESDAY, "14:00", "17:00"},
            {DayOfWeek.SATURDAY, "10:00", "12:00"}
        });
    }

    private void therapist(String email, Object[][] consultationWindows) {
        UUID id = lookup.find(email).orElseThrow().id();
        if (!availability.windows(List.of(id), WindowKind.WORKING).isEmpty()) {
            return;
        }
        DemoUser.runAs(accounts.find(id).orElseThrow(), () -> {
            for (var day : DayOfWeek.values()) {
                if (day.getValue() <= 5) {
                    availability.addWindow(id, WindowKind.WORKING, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
                }
            }
            for (var w : consultationWindows) {
                availability.addWindow(
                        id,
                        WindowKind.CONSULTATION,
                        (DayOfWeek) w[0],
                        LocalTime.parse((String) w[1]),
                        LocalTime.parse((String) w[2]));
            }
        });
    }
}
