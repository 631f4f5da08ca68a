package app.attune.practice;

import app.attune.base.ClinicService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
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
 * The demo's practices: Zoë keeps up with hers, Farid has found it hard lately (so Leila's "Today" shows him). Dates
 * count back from today, so the screens always look lived-in. Loads only under the demo profile, and only for a client
 * who has no assignment yet.
 */
@Component
@Profile("demo")
@Order(60)
class DemoPractices implements ApplicationRunner {

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final PracticeRepository practices;
    private final CompletionWriter writer;
    private final JdbcClient jdbc;
    private final ClinicService clinics;
    private final Clock clock;

    DemoPractices(
            AssignmentRepository assignments,
            AssignmentEventRepository events,
            PracticeRepository practices,
            CompletionWriter writer,
            JdbcClient jdbc,
            ClinicService clinics,
            Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.practices = practices;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ZoneId zone = clinics.clinic().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = today.minusDays(20);
        client("zoe@clearmind.example").ifPresent(zoe -> {
            var breathing = assign(
                    zoe,
                    "Longer breath out",
                    Frequency.DAILY,
                    null,
                    start,
                    "Try it in the evening, when the day catches up with you. Even three breaths count.");
            for (int daysAgo = 19; daysAgo >= 1; daysAgo--) {
                if (daysAgo % 4 != 0) {
                    complete(
                            breathing,
                            today.minusDays(daysAgo),
                            LocalTime.of(21, 15),
                            6 - daysAgo % 3,
                            3,
                            daysAgo % 5 == 0 ? "Slower breaths helped me fall asleep." : null);
                }
            }
            var ritual = assign(
                    zoe,
                    "An evening check-in ritual",
                    Frequency.TIMES_PER_WEEK,
                    3,
                    start,
                    "Perhaps with your sister, as we talked about.");
            for (int daysAgo : new int[] {18, 16, 13, 11, 9, 6, 4, 2}) {
                complete(
                        ritual,
                        today.minusDays(daysAgo),
                        LocalTime.of(19, 30),
                        5,
                        3,
                        daysAgo == 4 ? "We laughed about my day. I felt lighter afterwards." : null);
            }
            assign(zoe, "Name the feeling", Frequency.ONCE, null, today, null);
        });
        client("farid@clearmind.example").ifPresent(farid -> {
            var grounding = assign(
                    farid,
                    "Five senses grounding",
                    Frequency.TIMES_PER_WEEK,
                    4,
                    start,
                    "Whenever the memories feel close. Any time of day is fine.");
            complete(grounding, today.minusDays(17), LocalTime.of(8, 0), 8, 5, "It was hard to focus, but it helped.");
            complete(grounding, today.minusDays(10), LocalTime.of(22, 40), 7, 6, null);
            assign(farid, "Three lines before bed", Frequency.DAILY, null, start, null);
        });
    }

    private Optional<UUID[]> client(String email) {
        return jdbc.sql("""
                select c.id, c.primary_therapist_id from client c
                where c.email = :email::citext and not exists (select 1 from assignment a where a.client_id = c.id)
                order by c.created_at limit 1""")
                .param("email", email)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
    }

    private Assignment assign(
            UUID[] client,
            String title,
            Frequency frequency,
            @Nullable Integer times,
            LocalDate start,
            @Nullable String note) {
        var practice = practices.findAll().stream()
                .filter(p -> p.getOwnerId() == null && p.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo practice missing: " + title));
        var assignment = new Assignment(
                client[0],
                client[1],
                practice,
                new AssignmentForm(practice.getId(), frequency, times, start, null, note),
                clock.instant());
        assignments.saveAndFlush(assignment);
        events.save(new AssignmentEvent(assignment, AssignmentEventKind.ASSIGNED, client[1], clock.instant()));
        return assignment;
    }

    private void complete(
            Assignment assignment, LocalDate day, LocalTime time, int before, int after, @Nullable String reflection) {
        var doneAt = day.atTime(time).atZone(clinics.clinic().zone()).toInstant();
        if (doneAt.isAfter(clock.instant())) {
            doneAt = clock.instant().minusSeconds(3600);
        }
        var key = UUID.nameUUIDFromBytes((assignment.getId() + "/" + day).getBytes(StandardCharsets.UTF_8));
        writer.insert(
                assignment.getId(),
                key,
                doneAt,
                new CompletionForm(day.atTime(time), before, after, reflection == null ? null : 4, reflection),
                clock.instant());
    }
}
