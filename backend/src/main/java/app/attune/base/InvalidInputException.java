package app.attune.base;

import java.util.List;

/**
 * Input a service refused, with a plain message per field so a form can show each one on its own field.
 * Nothing has been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** One field's problem: the form property and a message for the person, in plain words. */
    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
