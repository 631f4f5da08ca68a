package app.attune.consultation;

import app.attune.base.MultilineText;
import app.attune.base.PersonName;
import app.attune.base.PlainText;
import app.attune.base.TextRules;
import app.attune.base.TimeZoneId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's booking of a free consultation. {@code website} is a field people never see (a honeypot): a value in it
 * means a robot filled the form. {@code timeZone} is the visitor's own zone, for the times in their emails.
 */
public record BookingRequest(
        @NotNull(message = "{attune.booking.therapist}") @Nullable
        UUID therapistId,

        @NotNull(message = "{attune.booking.start}") @Nullable
        Instant start,

        @NotBlank(message = "{attune.required}")
        @Size(max = TextRules.MAX_NAME, message = "{attune.too-long}")
        @PersonName
        @PlainText
        String name,

        @NotBlank(message = "{attune.required}")
        @Email(regexp = EMAIL, message = "{attune.email}")
        @Size(max = 254, message = "{attune.too-long}")
        @PlainText
        String email,

        @Pattern(regexp = PHONE, message = "{attune.phone}") @PlainText @Nullable
        String phone,

        @Size(max = 1000, message = "{attune.too-long}") @MultilineText @Nullable
        String message,

        @AssertTrue(message = "{attune.booking.consent}") boolean consent,
        @PlainText String website,
        @TimeZoneId @PlainText String timeZone) {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String PHONE = "^$|^(?=(?:\\D*\\d){7,15}\\D*$)\\+?[0-9(][0-9 ().-]{5,23}[0-9]$";
}
