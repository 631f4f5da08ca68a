package app.attune.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Email-and-password sign-in behind the throttle, with a second step for accounts that use two-step sign-in. While a
 * wait is running, the attempt is refused before the password or code is checked, so a right one then neither gets in
 * nor reveals that it was right, and the count stays as it is. Wrong codes count like wrong passwords.
 *
 * @see "docs/decisions/011-sign-in.md"
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final AttuneUserDetailsService users;
    private final SignInThrottle throttle;
    private final TwoFactor twoFactor;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            AttuneUserDetailsService users,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            TwoFactor twoFactor,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var wait = throttle.waitBeforeNextAttempt(email, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        if (authentication.getDetails() instanceof SecondStep step && step.code() instanceof String code) {
            return secondStep(authentication, step, code, address);
        }
        try {
            var result = passwords.authenticate(authentication);
            // The failure count is kept until the code too is right, so wrong codes keep adding to it.
            if (result.getPrincipal() instanceof AttuneUser user && twoFactor.isOn(user.id())) {
                throw new SecondFactorRequiredException(
                        new PendingSecondFactor(user.id(), user.email(), clock.instant(), 0));
            }
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    private Authentication secondStep(
            Authentication authentication, SecondStep step, String code, @Nullable String address) {
        var pending = step.pending();
        if (pending == null
                || !pending.open(clock.instant())
                || !pending.email().equalsIgnoreCase(authentication.getName())) {
            throw new BadCredentialsException("No sign-in is waiting for a code");
        }
        if (!twoFactor.verifyAtSignIn(pending.userId(), code)) {
            throttle.failed(pending.email(), address);
            throw new BadCredentialsException("The code doesn't match");
        }
        var user = (AttuneUser) users.loadUserByUsername(pending.email());
        if (!user.isEnabled() || !user.id().equals(pending.userId())) {
            throw new BadCredentialsException("The account can no longer sign in");
        }
        throttle.succeeded(pending.email());
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
