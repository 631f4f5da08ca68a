package app.attune.base;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks a command's bean-validation rules in the service, whatever screen or API it came from. */
@Component
public class Validation {

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} listing every broken rule, field by field. */
    public <T> T require(T command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<InvalidInputException.FieldProblem> problems = violations.stream()
                    .map(v -> new InvalidInputException.FieldProblem(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldProblem::field))
                    .toList();
            throw new InvalidInputException(problems);
        }
        return command;
    }
}
