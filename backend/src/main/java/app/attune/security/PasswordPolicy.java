package app.attune.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords are long rather than complicated: at least 12 characters and not on a list of common passwords.
 * No composition rules, as NIST SP 800-63B advises.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused, as a message key for the screen. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON
    }

    private final Set<String> common;

    PasswordPolicy() {
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var in = resource.getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a password that breaks the policy, with a plain message for the password field.
     *
     * @throws app.attune.base.InvalidInputException on the field {@code password}
     */
    public void require(String password) {
        check(password).ifPresent(problem -> {
            throw new app.attune.base.InvalidInputException("password", switch (problem) {
                case TOO_SHORT -> "Please use at least " + MIN_LENGTH
                        + " characters. A few words together make a good, memorable password.";
                case TOO_LONG -> "Please use at most " + MAX_LENGTH + " characters.";
                case TOO_COMMON -> "That password is too common and easy to guess. Please choose another.";
            });
        });
    }

    /** The reason a password is refused, or empty when it is acceptable. */
    public Optional<Problem> check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }
}
