package app.attune.scheduling;

import app.attune.base.ClinicService;
import app.attune.security.AccountLookup;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo therapists' sessions: weekly and fortnightly series from two weeks ago to two months ahead, the past ones
 * marked, so the calendar, Today and "My sessions" show a real week. Demo profile only, and only when there are no
 * sessions yet. The times avoid the demo consultation windows.
 */
@Component
@Profile("demo")
@Order(50)
class DemoSessions implements ApplicationRunner {

    private final SessionSeriesRepository series;
    private final TherapySessionRepository sessions;
    private final AppointmentBook book;
    private final AccountLookup accounts;
    private final JdbcClient jdbc;
    private final ClinicService clinics;
    private final Clock clock;

    DemoSessions(
            SessionSeriesRepository series,
            TherapySessionRepository sessions,
            AppointmentBook book,
            AccountLookup accounts,
            JdbcClient jdbc,
            ClinicService clinics,
            Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.book = book;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (sessions.count() > 0) {
            return;
        }
        var monday = LocalDate.now(clock.withZone(clinics.clinic().zone()))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(2);
        var leila = therapist("leila@clearmind.example");
        var sam = therapist("sam@clearmind.example");
        add(
                leila,
                client("zoe@clearmind.example"),
                monday,
                LocalTime.of(10, 0),
                1,
                10,
                SessionMode.IN_PERSON,
                "Room 2");
        add(
                leila,
                client("farid@clearmind.example"),
                monday.plusDays(2),
                LocalTime.of(13, 0),
                2,
                5,
                SessionMode.VIDEO,
                null);
        add(
                sam,
                client("minh@clearmind.example"),
                monday.plusDays(3),
                LocalTime.of(10, 0),
                1,
                10,
                SessionMode.IN_PERSON,
                "Room 1");
        add(
                sam,
                client("daniel.okafor@example.com"),
                monday.plusDays(1),
                LocalTime.of(11, 0),
                1,
                10,
                SessionMode.IN_PERSON,
                "Room 1");
    }

    private void add(
            UUID therapist,
            UUID client,
            LocalDate first,
            LocalTime time,
            int everyWeeks,
            int count,
            SessionMode mode,
            @Nullable String location) {
        var zone = clinics.clinic().zone();
        var now = clock.instant();
        var seriesId = series.save(new SessionSeries(therapist, client, everyWeeks, now))
                .getId();
        for (int i = 0; i < count; i++) {
            var start = SessionRules.at(first.plusWeeks((long) i * everyWeeks), time, zone);
            var id =
                    book.reserve(therapist, AppointmentKind.SESSION, start, start.plus(Duration.ofMinutes(50)), client);
            sessions.save(new TherapySession(
                    id,
                    seriesId,
                    i + 1,
                    SessionType.INDIVIDUAL,
                    mode,
                    mode == SessionMode.VIDEO
                            ? "https://video.clearmind.example/"
                                    + therapist.toString().substring(0, 8)
                            : null,
                    location,
                    now));
            if (start.isBefore(now)) {
                // One missed session, so the demo shows a no-show too.
                book.changeStatus(
                        id, i == 1 && everyWeeks == 2 ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED, null);
            }
        }
    }

    private UUID therapist(String email) {
        return accounts.find(email)
                .orElseThrow(() -> new IllegalStateException("Demo therapist missing"))
                .id();
    }

    // Demo seeding only: reads the client table directly, as no one is signed in to ask the client feature.
    private UUID client(String email) {
        return jdbc.sql("select id from client where email = cast(:email as citext)")
                .param("email", email)
                .query(UUID.class)
                .single();
    }
}
