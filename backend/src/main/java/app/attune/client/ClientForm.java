package app.attune.client;

import app.attune.base.MultilineText;
import app.attune.base.PlainText;
import app.attune.base.PlausibleBirthDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's record as a therapist or admin edits it. Discharge has its own command; {@code status} here is one of
 * PROSPECT, ACTIVE or INACTIVE. {@code concernIds} is ignored when an admin saves, since concerns are clinical.
 */
public record ClientForm(
        @NotBlank(message = "{attune.required}") @Size(max = 200, message = "{attune.too-long}") @PlainText
        String legalName,

        @Size(max = 100, message = "{attune.too-long}") @PlainText @Nullable
        String preferredName,

        @Size(max = 40, message = "{attune.too-long}") @PlainText @Nullable
        String pronouns,

        @PlausibleBirthDate @Nullable LocalDate dateOfBirth,

        @Email(regexp = EMAIL, message = "{attune.email}")
        @Size(max = 254, message = "{attune.too-long}")
        @PlainText
        @Nullable
        String email,

        @Pattern(regexp = PHONE, message = "{attune.phone}") @PlainText @Nullable
        String phone,

        @Size(max = 500, message = "{attune.too-long}") @MultilineText @Nullable
        String address,

        @Size(max = 60, message = "{attune.too-long}") @PlainText @Nullable
        String preferredLanguage,

        @Size(max = 200, message = "{attune.too-long}") @PlainText @Nullable
        String emergencyName,

        @Pattern(regexp = PHONE, message = "{attune.phone}") @PlainText @Nullable
        String emergencyPhone,

        @Size(max = 60, message = "{attune.too-long}") @PlainText @Nullable
        String emergencyRelationship,

        @NotNull(message = "{attune.status.required}") ClientStatus status,
        Set<UUID> concernIds,

        @PastOrPresent(message = "{attune.consent-date.future}") @Nullable
        LocalDate consentSignedOn,

        boolean emailConsent) {

    /** An email with a dot in its domain, as people type them; the database holds the same rule. */
    public static final String EMAIL = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    /** 7 to 15 digits, with spaces, dots, dashes or brackets between them and an optional leading +. */
    public static final String PHONE = "^$|^(?=(?:\\D*\\d){7,15}\\D*$)\\+?[0-9(][0-9 ().-]{5,23}[0-9]$";

    public ClientForm {
        concernIds = concernIds == null ? Set.of() : Set.copyOf(concernIds);
    }

    /** An empty form for a new active client. */
    public static ClientForm blank() {
        return new ClientForm("", "", "", null, "", "", "", "", "", "", "", ClientStatus.ACTIVE, Set.of(), null, false);
    }
}
