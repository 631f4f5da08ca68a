package app.attune.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;

/** Uses the application's clock when Spring creates it, and the system clock when a screen's binder does. */
public class PlausibleBirthDateValidator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

    static final int MAX_AGE = 120;

    private Clock clock = Clock.systemUTC();

    @Autowired(required = false)
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        var today = LocalDate.now(clock);
        String problem = value.isAfter(today)
                ? "{attune.birth-date.future}"
                : value.isBefore(today.minusYears(MAX_AGE)) ? "{attune.birth-date.too-old}" : null;
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
