package app.attune.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords are long rather than complicated: at least 12 characters, not on a list of common passwords, and not
 * built from words an attacker would try first for this person (the product's name, the clinic's name, their own
 * email). No composition rules, as NIST SP 800-63B advises.
 *
 * @see "docs/security.md, V6.1.2 and V6.2.11"
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Words every Attune password is checked against, whoever the person is. */
    static final List<String> ALWAYS = List.of("attune");

    /** Shorter context words (an email like "al@…") would refuse too many good passwords by chance. */
    private static final int MIN_CONTEXT_WORD = 4;

    /** Why a password is refused, as a message key for the screen. */
    public enum Problem {
        TOO_SHORT,
        TOO_LONG,
        TOO_COMMON,
        TOO_PERSONAL
    }

    private final Set<String> common;

    PasswordPolicy() {
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var in = resource.getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
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
        require(password, List.of());
    }

    /**
     * Refuses a password that breaks the policy or is built from one of the context words (the person's email, the
     * clinic's name), with a plain message for the password field.
     *
     * @throws app.attune.base.InvalidInputException on the field {@code password}
     */
    public void require(String password, Collection<String> contextWords) {
        check(password, contextWords).ifPresent(problem -> {
            throw new app.attune.base.InvalidInputException("password", message(problem));
        });
    }

    /** The sentence for the password field that explains a problem. */
    public static String message(Problem problem) {
        return switch (problem) {
            case TOO_SHORT ->
                "Please use at least " + MIN_LENGTH
                        + " characters. A few words together make a good, memorable password.";
            case TOO_LONG -> "Please use at most " + MAX_LENGTH + " characters.";
            case TOO_COMMON -> "That password is too common and easy to guess. Please choose another.";
            case TOO_PERSONAL ->
                "Please leave out your email, the clinic's name and the word Attune: they are the"
                        + " first things someone guessing would try.";
        };
    }

    /** The reason a password is refused, or empty when it is acceptable. */
    public Optional<Problem> check(String password) {
        return check(password, List.of());
    }

    /**
     * The reason a password is refused, or empty when it is acceptable. A password is too personal when, letters
     * and digits only and in any case, it contains "attune", one of the context words, or an email's part before
     * the {@code @}.
     */
    public Optional<Problem> check(String password, Collection<String> contextWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        String folded = fold(password);
        boolean personal = Stream.concat(ALWAYS.stream(), contextWords.stream())
                .filter(Objects::nonNull)
                .map(w -> w.contains("@") ? w.substring(0, w.indexOf('@')) : w)
                .map(PasswordPolicy::fold)
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_CONTEXT_WORD)
                .anyMatch(folded::contains);
        return personal ? Optional.of(Problem.TOO_PERSONAL) : Optional.empty();
    }

    /** Letters and digits only, lower case, accents removed: "Clear-Mind Clinic" and "clearmindclinic" match. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "")
                .toLowerCase(Locale.ROOT);
    }
}
