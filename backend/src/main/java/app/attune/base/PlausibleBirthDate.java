package app.attune.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date of birth that is not in the future and makes the person at most 120 years old. */
@Documented
@Constraint(validatedBy = PlausibleBirthDateValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBirthDate {

    String message() default "{attune.birth-date.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
