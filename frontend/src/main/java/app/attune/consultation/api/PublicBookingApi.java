package app.attune.consultation.api;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.consultation.BookingConfirmation;
import app.attune.consultation.BookingRequest;
import app.attune.consultation.BookingService;
import app.attune.consultation.ManagedBooking;
import app.attune.consultation.Slot;
import app.attune.consultation.SlotEngine;
import app.attune.scheduling.AppointmentStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic website's way in: its therapists, their free consultation times, and booking, cancelling and moving a
 * consultation. No sign-in: the checks are the booking rules, the rate limits and the private link's token, all in
 * {@link BookingService}. Times go out in the clinic's zone with their offset, and come in with any offset.
 */
@RestController
@RequestMapping("/api/public")
class PublicBookingApi {

    private static final int MAX_DAYS = 62;
    // the longest booking horizon a therapist may set: nothing is ever offered beyond it
    private static final int LONGEST_HORIZON_DAYS = 365;
    private static final Duration FAR_OFF = Duration.ofDays(2 * 366);

    private final SlotEngine slots;
    private final BookingService booking;
    private final ClinicService clinics;
    private final Clock clock;

    PublicBookingApi(SlotEngine slots, BookingService booking, ClinicService clinics, Clock clock) {
        this.slots = slots;
        this.booking = booking;
        this.clinics = clinics;
        this.clock = clock;
    }

    /** A therapist as the website shows them. */
    record TherapistJson(UUID id, String displayName, String credentials, List<String> languages) {}

    /** Free times, each in the clinic's zone. */
    record SlotsJson(String timeZone, List<SlotJson> slots) {}

    record SlotJson(UUID therapistId, OffsetDateTime start, OffsetDateTime end) {

        static SlotJson of(Slot slot, ZoneId zone) {
            return new SlotJson(slot.therapistId(), at(slot.start(), zone), at(slot.end(), zone));
        }
    }

    /** What a visitor sends to book. {@code consent} is a Boolean so that a missing one reads as "not given". */
    record BookingJson(
            UUID therapistId,
            OffsetDateTime start,
            String name,
            String email,
            String phone,
            String message,
            Boolean consent,
            String website,
            String timeZone) {}

    record RescheduleJson(OffsetDateTime start) {}

    /** A booking as its booker may see it; never the manage token, which goes only by email. */
    record BookedJson(
            String reference, UUID therapistId, OffsetDateTime start, OffsetDateTime end, AppointmentStatus status) {

        static BookedJson of(BookingConfirmation c, ZoneId zone) {
            return new BookedJson(c.reference(), c.therapistId(), at(c.start(), zone), at(c.end(), zone), c.status());
        }

        static BookedJson of(ManagedBooking b, ZoneId zone) {
            return new BookedJson(b.reference(), b.therapistId(), at(b.start(), zone), at(b.end(), zone), b.status());
        }
    }

    @GetMapping("/therapists")
    List<TherapistJson> therapists() {
        return slots.bookableTherapists().stream()
                .map(t -> new TherapistJson(t.id(), t.displayName(), t.credentials(), t.languages()))
                .toList();
    }

    @GetMapping("/consultation-slots")
    SlotsJson freeSlots(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID therapistId) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day can't be before the first day.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "Please ask for " + MAX_DAYS + " days or fewer at a time.");
        }
        ZoneId zone = clinics.clinic().zone();
        // Nothing is offered before today or past the longest horizon; keeping to those days also keeps far-off
        // dates such as the year 999999999 away from date arithmetic and the database.
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = from.isBefore(today) ? today : from;
        LocalDate last = to.isAfter(today.plusDays(LONGEST_HORIZON_DAYS)) ? today.plusDays(LONGEST_HORIZON_DAYS) : to;
        List<Slot> free = last.isBefore(first) ? List.of() : slots.freeSlots(therapistId, first, last);
        return new SlotsJson(
                zone.getId(), free.stream().map(s -> SlotJson.of(s, zone)).toList());
    }

    @PostMapping("/consultations")
    ResponseEntity<BookedJson> book(@RequestBody BookingJson body, HttpServletRequest http) {
        var request = new BookingRequest(
                body.therapistId(),
                plausible(body.start()),
                body.name(),
                body.email(),
                body.phone(),
                body.message(),
                Boolean.TRUE.equals(body.consent()),
                body.website(),
                body.timeZone());
        String requester = http.getRemoteAddr();
        var confirmation = booking.book(request, requester);
        // Relative, because behind a proxy the application doesn't know the scheme and host people reach it by.
        URI location = URI.create(http.getContextPath() + "/api/public/consultations/" + confirmation.reference());
        return ResponseEntity.created(location)
                .body(BookedJson.of(confirmation, clinics.clinic().zone()));
    }

    @PostMapping("/consultations/{token}/cancel")
    BookedJson cancel(@PathVariable String token) {
        requireKnown(token);
        booking.cancel(token);
        return BookedJson.of(booking.manage(token), clinics.clinic().zone());
    }

    @PostMapping("/consultations/{token}/reschedule")
    BookedJson reschedule(@PathVariable String token, @RequestBody RescheduleJson body) {
        requireKnown(token);
        var moved = booking.reschedule(token, plausible(body.start()));
        return BookedJson.of(moved, clinics.clinic().zone());
    }

    @RequestMapping("/**")
    void nothingHere() {
        // Any other address or method under /api/public: without this, the application's not-found page would answer,
        // which a program reads as a 200 full of HTML.
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "There is nothing at this address. Please check it against the API's documentation.");
        problem.setTitle("Not found");
        throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private void requireKnown(String token) {
        // An unknown link is "not found"; a known one that can no longer be changed is the service's 400.
        try {
            booking.manage(token);
        } catch (InvalidInputException e) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, e.problems().getFirst().message());
            problem.setTitle("We couldn't find that booking");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, e);
        }
    }

    private @Nullable Instant plausible(@Nullable OffsetDateTime start) {
        // Nothing two years away is ever offered, and refusing it here keeps dates such as the year 999999999 away
        // from date arithmetic and the database, where they would fail as a 500.
        if (start == null) {
            return null;
        }
        Instant instant = start.toInstant();
        Instant now = clock.instant();
        if (instant.isBefore(now.minus(FAR_OFF)) || instant.isAfter(now.plus(FAR_OFF))) {
            throw new InvalidInputException("start", "That time is too far away. Please choose one of the free times.");
        }
        return instant;
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
