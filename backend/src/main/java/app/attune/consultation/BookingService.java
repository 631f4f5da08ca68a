package app.attune.consultation;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.Tokens;
import app.attune.base.Validation;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.scheduling.AppointmentBook;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.AppointmentStatus;
import app.attune.scheduling.SlotTakenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking free consultations, for anyone and without an account, and changing them through the private link sent by
 * email. Public by design: the checks here are the slot rules, the rate limits and the link's token.
 *
 * @see "docs/decisions/006-booking-without-double-booking.md"
 * @see "docs/decisions/014-booking-reveals-nothing.md"
 */
@Service
public class BookingService {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SlotEngine slots;
    private final AppointmentBook appointments;
    private final ConsultationRepository consultations;
    private final ConsultationAppointments view;
    private final TherapistDirectory therapists;
    private final BookingRateLimiter limiter;
    private final ConsultationEmails emails;
    private final ClinicService clinics;
    private final Validation validation;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BookingService(
            SlotEngine slots,
            AppointmentBook appointments,
            ConsultationRepository consultations,
            ConsultationAppointments view,
            TherapistDirectory therapists,
            BookingRateLimiter limiter,
            ConsultationEmails emails,
            ClinicService clinics,
            Validation validation,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.slots = slots;
        this.appointments = appointments;
        this.consultations = consultations;
        this.view = view;
        this.therapists = therapists;
        this.limiter = limiter;
        this.emails = emails;
        this.clinics = clinics;
        this.validation = validation;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Books a free consultation and emails the booker (with a calendar file and a private link) and the therapist.
     * An email that already has an upcoming consultation gets the same answer, but no second booking: its mailbox
     * is told of the first one, with a new private link (docs/decisions/014-booking-reveals-nothing.md).
     *
     * @param requester the client address the request came from, for the rate limit
     * @throws InvalidInputException a field is missing or wrong
     * @throws SlotUnavailableException the time was just taken or isn't offered; it names the nearest free times
     * @throws RateLimitedException too many attempts from this address or for this email
     */
    public BookingConfirmation book(BookingRequest request, @Nullable String requester) {
        if (request.website() != null && !request.website().isBlank()) {
            throw new InvalidInputException("website", "Please leave this field empty.");
        }
        validation.require(request);
        // Validation refused a missing therapist or time, so from here on both are present.
        UUID therapistId = Objects.requireNonNull(request.therapistId());
        Instant start = Objects.requireNonNull(request.start());
        limiter.check(requester, request.email());
        requireBookable(therapistId);
        try {
            return transactions.execute(tx -> reserve(request, therapistId, start));
        } catch (SlotTakenException e) {
            throw new SlotUnavailableException(SlotUnavailableException.Reason.TAKEN, nearest(therapistId, start));
        } catch (SlotUnavailableException e) {
            // The nearest free times are looked for once the therapist's lock is released: under contention, looking
            // while holding it made every other booking for that therapist wait (docs/performance.md).
            throw new SlotUnavailableException(e.reason(), nearest(therapistId, start));
        }
    }

    private BookingConfirmation reserve(BookingRequest request, UUID therapistId, Instant start) {
        appointments.lockTherapist(therapistId);
        Instant now = clock.instant();
        // Every email books the same way, so neither the answer nor the free times afterwards can tell a stranger
        // whether this email already has a consultation; only its mailbox hears of the earlier one (decision 014).
        var earlier = consultations.findUpcoming(request.email().strip(), now);
        requireOffered(therapistId, start, false);
        Instant end = start.plus(SlotEngine.LENGTH);
        String token = Tokens.newToken();
        UUID appointmentId = appointments.reserve(therapistId, AppointmentKind.CONSULTATION, start, end, null);
        var consultation =
                consultations.save(new Consultation(appointmentId, newReference(), request, Tokens.hash(token), now));
        audit.record(AuditAction.CREATE, null, AuditRecordType.CONSULTATION, appointmentId, null);
        String therapistName = therapists.names(List.of(therapistId)).get(therapistId);
        var booked = details(consultation, therapistId, therapistName, start, end, 0);
        // The booking the email will mention is read on both paths (the earlier one, or else this one, unused), so a
        // repeat costs the same statements as a first booking and can't be told by its time (decision 014).
        var mentioned = view.byAppointment(
                        earlier.map(Consultation::getAppointmentId).orElse(appointmentId))
                .orElseThrow();
        if (earlier.isPresent()) {
            var e = earlier.get();
            emails.bookedAgain(
                    booked,
                    token,
                    new ConsultationEmails.Details(
                            e.getReference(),
                            e.getName(),
                            e.getEmail(),
                            e.getBookerTimeZone(),
                            mentioned.therapistName(),
                            null,
                            mentioned.start(),
                            mentioned.end(),
                            mentioned.sequence()));
        } else {
            emails.booked(booked, token);
        }
        return new BookingConfirmation(
                consultation.getReference(), therapistId, therapistName, start, end, AppointmentStatus.BOOKED, token);
    }

    /** What the private link shows: the booking, and whether it can still be changed. */
    public ManagedBooking manage(String token) {
        return transactions.execute(tx -> {
            var row = find(token);
            return new ManagedBooking(
                    row.consultation().getReference(),
                    row.therapistId(),
                    row.therapistName(),
                    row.start(),
                    row.end(),
                    row.status(),
                    changeable(row));
        });
    }

    /**
     * Cancels through the private link, up to the start. Both the booker and the therapist are told.
     *
     * @throws InvalidInputException the link is unknown, or the consultation has started or is already cancelled
     */
    public void cancel(String token) {
        transactions.executeWithoutResult(tx -> {
            var row = find(token);
            requireChangeable(row);
            appointments.changeStatus(row.appointmentId(), AppointmentStatus.CANCELLED, "Cancelled by the booker");
            audit.record(
                    AuditAction.UPDATE,
                    null,
                    AuditRecordType.CONSULTATION,
                    row.appointmentId(),
                    "cancelled by the booker");
            emails.cancelled(details(
                    row.consultation(),
                    row.therapistId(),
                    row.therapistName(),
                    row.start(),
                    row.end(),
                    row.sequence() + 1));
        });
    }

    /**
     * Moves the consultation through the private link, up to its start. If the new time can't be booked, the
     * original booking stays as it was.
     *
     * @throws SlotUnavailableException the new time is taken or not offered
     */
    public ManagedBooking reschedule(String token, @Nullable Instant newStart) {
        if (newStart == null) {
            throw new InvalidInputException("start", "Please choose a time.");
        }
        var current = transactions.execute(tx -> find(token));
        try {
            return transactions.execute(tx -> {
                var row = find(token);
                requireChangeable(row);
                appointments.lockTherapist(row.therapistId());
                // Set the old time aside, so a new time next to it counts as free; a failure rolls this back.
                appointments.changeStatus(row.appointmentId(), AppointmentStatus.CANCELLED, null);
                requireOffered(row.therapistId(), newStart, true);
                Instant end = newStart.plus(SlotEngine.LENGTH);
                appointments.move(row.appointmentId(), newStart, end);
                appointments.changeStatus(row.appointmentId(), AppointmentStatus.BOOKED, null);
                view.clearReminder(row.appointmentId());
                audit.record(
                        AuditAction.UPDATE,
                        null,
                        AuditRecordType.CONSULTATION,
                        row.appointmentId(),
                        "rescheduled by the booker");
                emails.rescheduled(
                        details(
                                row.consultation(),
                                row.therapistId(),
                                row.therapistName(),
                                newStart,
                                end,
                                row.sequence() + 1),
                        token);
                return new ManagedBooking(
                        row.consultation().getReference(),
                        row.therapistId(),
                        row.therapistName(),
                        newStart,
                        end,
                        AppointmentStatus.BOOKED,
                        true);
            });
        } catch (SlotTakenException e) {
            throw new SlotUnavailableException(
                    SlotUnavailableException.Reason.TAKEN, nearest(current.therapistId(), newStart));
        }
    }

    /** The free times closest to the one asked for, with the same therapist (or anyone, with null). */
    public List<Slot> nearest(@Nullable UUID therapistId, Instant around) {
        var zone = clinics.clinic().zone();
        var day = LocalDate.ofInstant(around, zone);
        return slots.freeSlots(therapistId, day.minusDays(3), day.plusDays(14)).stream()
                .sorted(Comparator.comparing(
                        (Slot s) -> Duration.between(around, s.start()).abs()))
                .limit(3)
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }

    private void requireBookable(UUID therapistId) {
        if (slots.bookableTherapists().stream().map(TherapistCard::id).noneMatch(therapistId::equals)) {
            throw new InvalidInputException(
                    "therapistId",
                    "This counsellor isn't taking new consultations right now."
                            + " Please choose another, or the first available.");
        }
    }

    private void requireOffered(UUID therapistId, Instant start, boolean withNearest) {
        var zone = clinics.clinic().zone();
        var day = LocalDate.ofInstant(start, zone);
        boolean offered = slots.freeSlots(therapistId, day, day).stream()
                .anyMatch(s -> s.start().equals(start));
        if (!offered) {
            boolean taken =
                    SlotEngine.onGrid(start, zone) && view.isTaken(therapistId, start, start.plus(SlotEngine.LENGTH));
            throw new SlotUnavailableException(
                    taken ? SlotUnavailableException.Reason.TAKEN : SlotUnavailableException.Reason.NOT_OFFERED,
                    withNearest ? nearest(therapistId, start) : List.of());
        }
    }

    private ConsultationAppointments.Row find(@Nullable String token) {
        Optional<ConsultationAppointments.Row> row = token == null || token.isBlank() || token.length() > 100
                ? Optional.empty()
                : view.byTokenHash(Tokens.hash(token));
        return row.orElseThrow(() ->
                new InvalidInputException("token", "This link isn't valid. Please check that you copied all of it."));
    }

    private boolean changeable(ConsultationAppointments.Row row) {
        return row.status() == AppointmentStatus.BOOKED && clock.instant().isBefore(row.start());
    }

    private void requireChangeable(ConsultationAppointments.Row row) {
        if (!changeable(row)) {
            throw new InvalidInputException(
                    "token",
                    row.status() == AppointmentStatus.CANCELLED
                            ? "This consultation is already cancelled. You are welcome to book a new one."
                            : "This consultation has already started, so it can no longer be changed here.");
        }
    }

    private ConsultationEmails.Details details(
            Consultation c,
            UUID therapistId,
            @Nullable String therapistName,
            Instant start,
            Instant end,
            int sequence) {
        return new ConsultationEmails.Details(
                c.getReference(),
                c.getName(),
                c.getEmail(),
                c.getBookerTimeZone(),
                therapistName,
                therapists.email(therapistId),
                start,
                end,
                sequence);
    }

    private String newReference() {
        while (true) {
            var b = new StringBuilder(9);
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    b.append('-');
                }
                b.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (!consultations.existsByReference(b.toString())) {
                return b.toString();
            }
        }
    }
}
