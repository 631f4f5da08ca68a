package app.attune.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;

/**
 * A plain-text email for {@link EmailOutbox#enqueue}, with at most one attachment (a calendar file, say).
 * An email that could never be sent is refused here, with a plain message that never repeats the address.
 */
public record Email(
        String to, String subject, String text, @Nullable Attachment attachment) {

    public static final int MAX_ADDRESS_LENGTH = 254;
    public static final int MAX_SUBJECT_LENGTH = 300;
    public static final int MAX_TEXT_LENGTH = 100_000;

    // The same rule as the database's check on outbox_email.to_address and app_user.email.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        to = to == null ? "" : to.strip();
        if (!isAddress(to)) {
            throw new IllegalArgumentException("An email needs an address with a domain, like name@example.com.");
        }
        if (length(to) > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException(
                    "An email address can have at most " + MAX_ADDRESS_LENGTH + " characters.");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An email needs a subject.");
        }
        if (length(subject) > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException(
                    "An email subject can have at most " + MAX_SUBJECT_LENGTH + " characters.");
        }
        if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("An email subject needs to fit on one line.");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An email needs some text.");
        }
        if (length(text) > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("An email's text can have at most " + MAX_TEXT_LENGTH + " characters.");
        }
    }

    public Email(String to, String subject, String text) {
        this(to, subject, text, null);
    }

    private static boolean isAddress(String to) {
        if (!ADDRESS.matcher(to).matches()) {
            return false;
        }
        try {
            // Strict parsing refuses what the mail server would refuse; a display name would not match.
            return new InternetAddress(to, true).getAddress().equals(to);
        } catch (AddressException e) {
            return false;
        }
    }

    // Characters as PostgreSQL counts them, so a text that passes here also passes the table's checks.
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The address and the words stay out of logs. */
    @Override
    public String toString() {
        return "Email[" + (attachment == null ? "no attachment" : "with attachment") + "]";
    }

    /** A file sent with an email, such as an {@code .ics} calendar invitation; at most 1 MB. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public static final int MAX_NAME_LENGTH = 255;
        public static final int MAX_BYTES = 1_048_576;

        public Attachment {
            if (fileName == null
                    || fileName.isBlank()
                    || length(fileName) > MAX_NAME_LENGTH
                    || fileName.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
                throw new IllegalArgumentException("An attachment needs a plain file name of at most " + MAX_NAME_LENGTH
                        + " characters, like appointment.ics.");
            }
            if (!isContentType(contentType)) {
                throw new IllegalArgumentException("An attachment needs a content type, like text/calendar.");
            }
            if (content == null || content.length == 0) {
                throw new IllegalArgumentException("An attachment needs some content.");
            }
            if (content.length > MAX_BYTES) {
                throw new IllegalArgumentException("An attachment can be at most 1 MB.");
            }
            content = content.clone();
        }

        private static boolean isContentType(String contentType) {
            if (contentType == null || contentType.length() > MAX_NAME_LENGTH) {
                return false;
            }
            try {
                return MimeTypeUtils.parseMimeType(contentType).isConcrete();
            } catch (InvalidMimeTypeException e) {
                return false;
            }
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        // A record compares arrays by identity; two attachments with the same bytes are the same attachment.
        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a
                    && fileName.equals(a.fileName)
                    && contentType.equals(a.contentType)
                    && Arrays.equals(content, a.content);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Attachment[" + contentType + ", " + content.length + " bytes]";
        }
    }
}
