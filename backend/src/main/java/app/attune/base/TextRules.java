package app.attune.base;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What counts as text a person typed, shared by the constraints ({@link PlainText}, {@link MultilineText},
 * {@link PersonName}, {@link TimeZoneId}) and by services that take a string outside a record.
 *
 * @see "Design decision: docs/decisions/014-booking-reveals-nothing.md"
 */
public final class TextRules {

    /** The longest name a booker may give, in characters (code points). */
    public static final int MAX_NAME = 80;

    // A word is letters of any script with their combining marks (and the zero-width joiners Persian writing uses),
    // perhaps joined inside by an apostrophe (straight or typographic) or a hyphen; a full stop may only end a word
    // ("J. R.", "Jr."), so that "www.evil.com" is not a name. Words are separated by spaces.
    private static final String WORD =
            "\\p{L}[\\p{L}\\p{M}\u200C\u200D]*+(?:['\u2019-]\\p{L}[\\p{L}\\p{M}\u200C\u200D]*+)*+\\.?";
    private static final Pattern NAME = Pattern.compile(WORD + "(?: ++" + WORD + ")*+");

    private TextRules() {}

    /**
     * Whether {@code s} holds only characters a person types on one line: no control characters (Unicode Cc, tab and
     * line breaks included), no lone surrogate halves, and no bidirectional overrides or isolates, which can make a
     * name read differently from what it is.
     */
    public static boolean isPlainText(@Nullable String s) {
        return s == null
                || s.codePoints().allMatch(c -> !Character.isISOControl(c) && !isSurrogate(c) && !isBidiControl(c));
    }

    /** Like {@link #isPlainText} but allows tabs and line breaks, and bidirectional controls, for longer writing. */
    public static boolean isMultilineText(@Nullable String s) {
        return s == null
                || s.codePoints()
                        .allMatch(c ->
                                c == '\t' || c == '\n' || c == '\r' || (!Character.isISOControl(c) && !isSurrogate(c)));
    }

    /** Whether {@code s} is a name as {@link PersonName} describes it; null and blank are left to other rules. */
    public static boolean isPersonName(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        // The length is @Size's to check, with its own message.
        return NAME.matcher(s.strip()).matches();
    }

    /** Whether {@code s} names a time zone Java knows (IANA region ids such as America/Halifax, or UTC). */
    public static boolean isTimeZone(String s) {
        if (s == null || s.isEmpty()) {
            return true;
        }
        // Region ids only (America/Halifax, Etc/UTC, UTC): ZoneId.of would also take offsets such as +05:00, which
        // are no place's rules and go wrong at the next change of clocks.
        return s.length() <= 64 && ZoneId.getAvailableZoneIds().contains(s);
    }

    /**
     * For a string a service takes outside a record (a reason, a note, a search): throws
     * {@link InvalidInputException} on {@code field} unless it is one line of plain text ({@link PlainText}).
     */
    public static @Nullable String requirePlainText(String field, @Nullable String value) {
        if (!isPlainText(value)) {
            throw new InvalidInputException(plainTextProblem(field));
        }
        return value;
    }

    /** Like {@link #requirePlainText}, for text that may run over several lines ({@link MultilineText}). */
    public static @Nullable String requireMultilineText(String field, @Nullable String value) {
        if (!isMultilineText(value)) {
            throw new InvalidInputException(multilineTextProblem(field));
        }
        return value;
    }

    /** The field message for text that isn't {@link PlainText}, for a service that gathers several problems. */
    public static List<InvalidInputException.FieldProblem> plainTextProblem(String field) {
        return List.of(new InvalidInputException.FieldProblem(field, message("attune.plain-text")));
    }

    /** The field message for text that isn't {@link MultilineText}. */
    public static List<InvalidInputException.FieldProblem> multilineTextProblem(String field) {
        return List.of(new InvalidInputException.FieldProblem(field, message("attune.multiline-text")));
    }

    // The same words as the constraints give, from the same bundle.
    private static String message(String key) {
        return ResourceBundle.getBundle("ValidationMessages", Locale.ROOT).getString(key);
    }

    // A code point that is a surrogate half: String.codePoints() yields it only when it stands alone.
    private static boolean isSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
