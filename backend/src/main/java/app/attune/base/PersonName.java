package app.attune.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string that is a person's name: letters of any script, spaces, apostrophes, hyphens and full stops, at most 80 characters; no digits, @, web address or control character. Null is left to {@code @NotNull}/{@code @NotBlank}.
 *
 * @see TextRules
 */
@Documented
@Constraint(validatedBy = PersonName.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default "{attune.person-name}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rule in {@link TextRules}. */
    class Validator implements ConstraintValidator<PersonName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextRules.isPersonName(value);
        }
    }
}
