package app.attune.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.base.InvalidInputException;
import app.attune.client.ClientStatus;
import app.attune.fixture.TestClinic;
import app.attune.fixture.TestClinic.Person;
import app.attune.scheduling.AppointmentStatus;
import app.attune.scheduling.availability.AvailabilityService;
import app.attune.test.IntegrationTest;
import app.attune.test.MutableClock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class ConsultationServiceTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    BookingService booking;

    @Autowired
    app.attune.client.ClientService clients;

    @Autowired
    app.attune.scheduling.TherapistDay day;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    AvailabilityService availability;

    @Autowired
    ApplicationContext context;

    private TestClinic clinic;
    private Person leilasLogin;
    private UUID leila;

    /** A therapist of this test's own with Leila's consultation week in the demo; each test signs in whom it needs. */
    @BeforeEach
    void setUp() {
        clock.set(ConsultationTestClock.FRIDAY_NOON);
        clinic = new TestClinic(context);
        leilasLogin = clinic.therapist("Leila Moradi");
        leila = leilasLogin.id();
        ConsultationWeeks.give(clinic, availability, leilasLogin, ConsultationWeeks.LEILAS);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    private UUID book(Instant start, String email) {
        var confirmation = booking.book(
                new BookingRequest(
                        leila,
                        start,
                        "Noor Salem",
                        email,
                        "902 555 0180",
                        "Hoping to talk about grief.",
                        true,
                        null,
                        null),
                "192.0.2.1");
        return jdbc.queryForObject(
                "select appointment_id from consultation where reference = ?", UUID.class, confirmation.reference());
    }

    @Test
    void a_therapist_lists_their_upcoming_consultations_with_the_visitors_message() {
        clinic.signIn(leilasLogin);
        UUID id = book(Instant.parse("2026-03-03T13:00:00Z"), "noor.one@example.org");

        var rows = consultations.list(true, PageRequest.of(0, 50));

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.appointmentId()).isEqualTo(id);
            assertThat(r.message()).isEqualTo("Hoping to talk about grief.");
            assertThat(r.therapistName()).isEqualTo("Leila Moradi");
        });
    }

    @Test
    void another_therapist_neither_sees_nor_changes_them() {
        clinic.signIn(clinic.therapist("Sam Richard"));
        UUID id = book(Instant.parse("2026-03-03T13:30:00Z"), "noor.two@example.org");

        assertThat(consultations.list(true, PageRequest.of(0, 50)))
                .noneMatch(r -> r.appointmentId().equals(id));
        assertThatThrownBy(() -> consultations.convertToClient(id, ClientStatus.PROSPECT, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.cancel(id, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from appointment where id = ?", String.class, id))
                .isEqualTo("BOOKED");
    }

    @Test
    void todays_appointments_are_listed_in_order_for_their_therapist_only() {
        clinic.signIn(leilasLogin);
        UUID later = book(Instant.parse("2026-03-10T14:00:00Z"), "noor.six@example.org");
        UUID earlier = book(Instant.parse("2026-03-10T13:00:00Z"), "noor.seven@example.org");
        clock.set(Instant.parse("2026-03-10T11:00:00Z"));

        var today = day.today();
        assertThat(today)
                .extracting(app.attune.scheduling.DayEntry::appointmentId)
                .containsSubsequence(earlier, later);
        assertThat(today).extracting(app.attune.scheduling.DayEntry::start).isSorted();
    }

    @Test
    void another_therapists_day_holds_none_of_them() {
        clinic.signIn(clinic.therapist("Sam Richard"));
        book(Instant.parse("2026-03-10T14:30:00Z"), "noor.eight@example.org");
        clock.set(Instant.parse("2026-03-10T11:00:00Z"));

        // Sam's own sessions may fall on the day; none of Leila's consultations do.
        assertThat(day.today()).noneMatch(e -> e.kind() == app.attune.scheduling.AppointmentKind.CONSULTATION);
    }

    @Test
    void a_client_has_no_therapists_day() {
        clinic.signIn(clinic.portalLogin(clinic.clientOf(leilasLogin, "Zoë Tremblay")));
        assertThatThrownBy(() -> day.today()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_cannot_list_consultations() {
        clinic.signIn(clinic.portalLogin(clinic.clientOf(leilasLogin, "Zoë Tremblay")));
        assertThatThrownBy(() -> consultations.list(true, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_sees_every_consultation_but_not_the_visitors_messages() {
        clinic.signIn(clinic.admin());
        book(Instant.parse("2026-03-03T14:00:00Z"), "noor.three@example.org");

        assertThat(consultations.list(true, PageRequest.of(0, 50)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.message()).isNull());
    }

    @Test
    void a_consultation_is_marked_completed_or_missed_only_once_it_has_started() {
        clinic.signIn(leilasLogin);
        UUID id = book(Instant.parse("2026-03-03T14:30:00Z"), "noor.four@example.org");

        assertThatThrownBy(() -> consultations.markOutcome(id, AppointmentStatus.NO_SHOW))
                .isInstanceOf(InvalidInputException.class);

        clock.set(Instant.parse("2026-03-03T15:00:00Z"));
        consultations.markOutcome(id, AppointmentStatus.NO_SHOW);

        assertThat(jdbc.queryForObject("select status from appointment where id = ?", String.class, id))
                .isEqualTo("NO_SHOW");
        assertThat(consultations.list(false, PageRequest.of(0, 50)))
                .anyMatch(r -> r.appointmentId().equals(id));
    }

    @Test
    void converting_to_a_client_fills_the_record_and_links_the_consultation_once() {
        clinic.signIn(leilasLogin);
        UUID id = book(Instant.parse("2026-03-05T17:00:00Z"), "noor.five@example.org");

        UUID client = consultations.convertToClient(id, ClientStatus.PROSPECT, false);

        assertThat(jdbc.queryForMap(
                        "select legal_name, email, status, primary_therapist_id from client where id = ?", client))
                .containsEntry("legal_name", "Noor Salem")
                .containsEntry("status", "PROSPECT")
                .containsEntry("primary_therapist_id", leila);
        assertThat(jdbc.queryForObject("select client_id from appointment where id = ?", UUID.class, id))
                .isEqualTo(client);
        assertThat(consultations.convertToClient(id, ClientStatus.ACTIVE, false))
                .isEqualTo(client);
        assertThat(clients.get(client).nextAppointment()).isEqualTo(Instant.parse("2026-03-05T17:00:00Z"));
    }
}
