package app.attune.client;

import app.attune.base.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The contact details a client may change themselves in "My profile". */
public record MyContactForm(
        @Email(regexp = ClientForm.EMAIL, message = "{attune.email}")
        @Size(max = 254, message = "{attune.too-long}")
        @PlainText
        @Nullable
        String email,

        @Pattern(regexp = ClientForm.PHONE, message = "{attune.phone}") @PlainText @Nullable
        String phone,

        @Size(max = 200, message = "{attune.too-long}") @PlainText @Nullable
        String emergencyName,

        @Pattern(regexp = ClientForm.PHONE, message = "{attune.phone}") @PlainText @Nullable
        String emergencyPhone,

        @Size(max = 60, message = "{attune.too-long}") @PlainText @Nullable
        String emergencyRelationship) {}
