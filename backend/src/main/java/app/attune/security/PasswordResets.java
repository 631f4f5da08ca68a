package app.attune.security;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.Tokens;
import app.attune.notification.Email;
import app.attune.notification.EmailOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, reset by a single-use link sent by email. Asking always gets the same answer, whether or not
 * an account uses the email, so the form can't be used to find out who has an account. Nobody is signed in for any
 * of it: the link is the authority.
 */
@Service
public class PasswordResets {

    private final UserAccountRepository users;
    private final PasswordResetRepository resets;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final EmailOutbox outbox;
    private final ClinicService clinics;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final SignInProperties.PasswordReset settings;
    private final Clock clock;
    private final String publicUrl;

    PasswordResets(
            UserAccountRepository users,
            PasswordResetRepository resets,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            EmailOutbox outbox,
            ClinicService clinics,
            MessageSource messages,
            ApplicationEventPublisher events,
            SignInProperties properties,
            Clock clock,
            @Value("${attune.public-url:http://localhost:8080}") String publicUrl) {
        this.users = users;
        this.resets = resets;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.outbox = outbox;
        this.clinics = clinics;
        this.messages = messages;
        this.events = events;
        this.settings = properties.passwordReset();
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * Emails a reset link if an account that can sign in uses this email, and does nothing otherwise; the caller
     * can't tell which. At most a few links an hour go to one account; further requests are quietly dropped.
     *
     * @throws InvalidInputException the text isn't an email address at all
     */
    @Transactional
    public void request(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()
                || address.length() > Email.MAX_ADDRESS_LENGTH
                || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "Please enter the email you sign in with, like name@example.com.");
        }
        var now = clock.instant();
        var account = users.findByEmail(address).filter(UserAccount::isEnabled).orElse(null);
        if (account == null
                || resets.countSince(account.getId(), now.minus(Duration.ofHours(1))) >= settings.perHour()) {
            return;
        }
        String token = Tokens.newToken();
        resets.save(new PasswordReset(Tokens.hash(token), account.getId(), now, now.plus(settings.validFor())));
        String clinic = clinics.clinic().name();
        var locale = Locale.ENGLISH;
        outbox.enqueue(new Email(
                account.getEmail(),
                messages.getMessage("email.password-reset.subject", new Object[] {clinic}, locale),
                messages.getMessage(
                        "email.password-reset.text",
                        new Object[] {
                            account.getDisplayName(),
                            clinic,
                            publicUrl + "/reset-password/" + token,
                            settings.validFor().toMinutes()
                        },
                        locale)));
        events.publishEvent(
                new AccountEvent(account.getId(), account.getRole(), AccountEvent.Kind.PASSWORD_RESET_REQUESTED, null));
    }

    /** What a link is worth, for the page it opens. Anyone holding a link may ask; it reveals nothing else. */
    @Transactional(readOnly = true)
    public ResetLink check(String token) {
        return find(token, false).map(r -> r.state(clock.instant())).orElse(ResetLink.UNKNOWN);
    }

    /**
     * Sets a new password with a valid link, spends the link (and any other open one for the account), and signs the
     * account out everywhere. Returns the email to sign in with.
     *
     * @throws InvalidInputException the link no longer works ({@code token}), or the password breaks the policy
     *         ({@code password}); nothing is saved
     */
    @Transactional
    public String reset(String token, String password) {
        var now = clock.instant();
        var found = find(token, true);
        var state = found.map(r -> r.state(now)).orElse(ResetLink.UNKNOWN);
        if (found.isEmpty() || state != ResetLink.VALID) {
            throw new InvalidInputException("token", problem(state));
        }
        var reset = found.get();
        var account = users.findById(reset.getUserId())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new InvalidInputException("token", problem(ResetLink.UNKNOWN)));
        policy.require(password, List.of(account.getEmail(), clinics.clinic().name()));
        account.changePassword(PasswordHashes.of(encoder, password), now);
        reset.use(now);
        resets.flush();
        resets.spendAll(account.getId(), now);
        users.revokeSessions(account.getId(), now);
        throttle.succeeded(account.getEmail());
        events.publishEvent(
                new AccountEvent(account.getId(), account.getRole(), AccountEvent.Kind.PASSWORD_RESET, null));
        return account.getEmail();
    }

    private static String problem(ResetLink state) {
        return switch (state) {
            case EXPIRED ->
                "This link has expired: for your safety, reset links work for a short time only. You can"
                        + " ask for a new one below.";
            case USED -> "This link has already been used. If you still can't sign in, you can ask for a new one.";
            default -> "This link isn't valid. Please check that you copied all of it, or ask for a new one.";
        };
    }

    private Optional<PasswordReset> find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        return lock ? resets.lockByTokenHash(hash) : resets.findById(hash);
    }
}
