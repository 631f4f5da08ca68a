package app.attune.scheduling.feed;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.Tokens;
import app.attune.client.ClientDirectory;
import app.attune.scheduling.AppointmentKind;
import app.attune.scheduling.CalendarFiles;
import app.attune.scheduling.SessionMode;
import app.attune.scheduling.TherapistAgenda;
import app.attune.security.Access;
import app.attune.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each therapist's private calendar subscription, so their phone's calendar follows Attune. The address holds a
 * secret token, of which only the hash is kept; resetting or revoking it ends the old address at once. The feed shows
 * initials and the kind of appointment, never a client's name.
 */
@Service
public class CalendarFeedService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(365);

    private final CalendarFeedRepository feeds;
    private final TherapistAgenda agenda;
    private final ClientDirectory clients;
    private final CalendarFiles calendars;
    private final ClinicService clinics;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            TherapistAgenda agenda,
            ClientDirectory clients,
            CalendarFiles calendars,
            ClinicService clinics,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.feeds = feeds;
        this.agenda = agenda;
        this.clients = clients;
        this.calendars = calendars;
        this.clinics = clinics;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the signed-in therapist's current feed address was made, if they have one. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional(readOnly = true)
    public Optional<Instant> current() {
        return feeds.findById(currentUser.require().id()).map(CalendarFeed::getCreatedAt);
    }

    /**
     * Makes a new secret token for the signed-in therapist's feed and returns it; it is shown once. Any earlier
     * address stops working.
     */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public String reset() {
        var therapistId = currentUser.require().id();
        String token = Tokens.newToken();
        feeds.findById(therapistId)
                .ifPresentOrElse(
                        f -> f.replace(Tokens.hash(token), clock.instant()),
                        () -> feeds.save(new CalendarFeed(therapistId, Tokens.hash(token), clock.instant())));
        audit.record(AuditAction.CALENDAR_FEED_RESET, null, AuditRecordType.CALENDAR_FEED, therapistId, null);
        return token;
    }

    /** Ends the signed-in therapist's feed address. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public void revoke() {
        var therapistId = currentUser.require().id();
        feeds.findById(therapistId).ifPresent(feeds::delete);
        audit.record(AuditAction.CALENDAR_FEED_REVOKE, null, AuditRecordType.CALENDAR_FEED, therapistId, null);
    }

    /**
     * The calendar behind a feed token: the therapist's appointments from 30 days ago to a year ahead, cancelled ones
     * left out, each with the client's initials and its kind. Empty for an unknown or revoked token. The token is the
     * credential: calendar apps can't sign in.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> feed(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(Tokens.hash(token)).map(feed -> {
            var now = clock.instant();
            var found = agenda.between(feed.getTherapistId(), now.minus(PAST), now.plus(AHEAD));
            var initials = clients.initialsOf(found.stream()
                    .map(TherapistAgenda.Entry::clientId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            var events = found.stream()
                    .map(a -> new CalendarFiles.Event(
                            a.appointmentId() + "@attune",
                            (int) a.version(),
                            a.start(),
                            a.end(),
                            summary(a, initials.get(a.clientId()), a.mode()),
                            null,
                            null))
                    .toList();
            return calendars.feed("Attune (" + clinics.clinic().name() + ")", events);
        });
    }

    private static String summary(TherapistAgenda.Entry a, @Nullable String initials, @Nullable SessionMode mode) {
        String kind = a.kind() == AppointmentKind.CONSULTATION ? "Free consultation" : "Session";
        if (mode == SessionMode.VIDEO) {
            kind += " (video)";
        }
        return initials == null ? kind : kind + " · " + initials;
    }
}
