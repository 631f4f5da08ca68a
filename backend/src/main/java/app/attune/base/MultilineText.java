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
 * A string that is text over several lines: no control characters other than tab and line breaks, and no lone surrogate halves. Null is left to {@code @NotNull}/{@code @NotBlank}.
 *
 * @see TextRules
 */
@Documented
@Constraint(validatedBy = MultilineText.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultilineText {

    String message() default "{attune.multiline-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rule in {@link TextRules}. */
    class Validator implements ConstraintValidator<MultilineText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextRules.isMultilineText(value);
        }
    }
}
