package app.attune.security;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person changes their own password, proving they know the current one first. A session left open on
 * a shared computer is therefore not enough to take the account over, and guessing the current password here is
 * slowed down exactly like guessing it at sign-in.
 *
 * @see "docs/security.md, V6.2.2 and V6.2.3"
 */
@Service
public class PasswordChange {

    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChange(
            UserAccountRepository users,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            CurrentUser currentUser,
            ClinicService clinics,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Replaces the signed-in person's password, then ends every session of the account, this one included, so that
     * whoever may have known the old password is signed out everywhere. The person signs in again with the new one.
     *
     * @throws InvalidInputException the current password is wrong ({@code current}; it counts as a failed sign-in),
     *         a wait is running after too many wrong ones ({@code current}), or the new password breaks the policy
     *         ({@code password}); nothing is saved
     * @throws org.springframework.security.access.AccessDeniedException nobody is signed in
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void change(String current, String newPassword) {
        var me = currentUser.require();
        var account = users.findById(me.id())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("No account"));
        var wait = throttle.waitBeforeNextAttempt(account.getEmail(), null);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new InvalidInputException(
                    "current",
                    "Too many attempts. Please wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                            + " and try again.");
        }
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throttle.failed(account.getEmail(), null);
            throw new InvalidInputException("current", "That isn't your current password. Please try again.");
        }
        if (newPassword != null && newPassword.equals(current)) {
            throw new InvalidInputException("password", "Please choose a password different from your current one.");
        }
        policy.require(newPassword, List.of(account.getEmail(), clinics.clinic().name()));
        var now = clock.instant();
        account.changePassword(PasswordHashes.of(encoder, newPassword), now);
        users.flush();
        users.revokeSessions(account.getId(), now);
        throttle.succeeded(account.getEmail());
        events.publishEvent(
                new AccountEvent(account.getId(), account.getRole(), AccountEvent.Kind.PASSWORD_CHANGED, null));
    }
}
