package app.attune.consultation.api;

import app.attune.base.ClinicService;
import app.attune.base.InvalidInputException;
import app.attune.base.InvalidInputException.FieldProblem;
import app.attune.consultation.RateLimitedException;
import app.attune.consultation.SlotUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns the public API's refusals into RFC 9457 problem details in plain words. A 400 lists its problems under
 * {@code errors}, one per field; a 409 offers the nearest free times under {@code nearest}. Spring MVC's own errors
 * (unreadable JSON, an unsupported media type) come out in the same form through the base class.
 */
@RestControllerAdvice(assignableTypes = PublicBookingApi.class)
class PublicApiProblems extends ResponseEntityExceptionHandler {

    private final ClinicService clinics;

    PublicApiProblems(ClinicService clinics) {
        this.clinics = clinics;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler(SlotUnavailableException.class)
    ProblemDetail slotUnavailable(SlotUnavailableException e) {
        boolean taken = e.reason() == SlotUnavailableException.Reason.TAKEN;
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                taken
                        ? "Someone else has just booked that time. Please choose another; the nearest free times are listed."
                        : "That time isn't one we offer. Please choose one of the free times; the nearest are listed.");
        problem.setTitle(taken ? "That time was just taken" : "That time isn't available");
        problem.setProperty("reason", e.reason().name());
        var zone = clinics.clinic().zone();
        problem.setProperty(
                "nearest",
                e.nearest().stream()
                        .map(s -> PublicBookingApi.SlotJson.of(s, zone))
                        .toList());
        return problem;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "There have been too many booking attempts. Please wait a while and try again.");
        problem.setTitle("Too many attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        ProblemDetail problem = field == null
                ? badRequest(
                        "We couldn't read that request: it needs to be JSON, like the examples in the"
                                + " documentation.",
                        List.of())
                : badRequest(List.of(new FieldProblem(field, wrongForm(field))));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String named = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        // A mismatch with no property name still gets a field, so the answer keeps its one shape.
        String field = named == null ? "request" : named;
        return handleExceptionInternal(
                e,
                badRequest(List.of(new FieldProblem(field, wrongForm(field)))),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(
                e,
                badRequest(List.of(new FieldProblem(
                        e.getParameterName(), "Please fill this in. " + wrongForm(e.getParameterName())))),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    private static @Nullable String fieldOf(HttpMessageNotReadableException e) {
        // A value of the wrong form names its field in Jackson's path; broken JSON names none.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j.getPath().isEmpty() ? null : j.getPath().getFirst().getPropertyName();
            }
        }
        return null;
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        // Bean validation may break two rules of one field (an empty email is blank and not an email): the first is
        // enough for the person to act on.
        var byField = new LinkedHashMap<String, FieldProblem>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        var oneEach = new ArrayList<>(byField.values());
        return badRequest(
                oneEach.size() == 1
                        ? oneEach.getFirst().message()
                        : "Some details need another look; each one is listed under errors.",
                oneEach);
    }

    private static ProblemDetail badRequest(String detail, List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Please check what was sent");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static String wrongForm(String field) {
        return switch (field == null ? "" : field) {
            case "from", "to" -> "Please give a date like 2026-03-03.";
            case "start" -> "Please give a time with its offset from UTC, like 2026-03-03T09:00-04:00.";
            case "therapistId" -> "Please give a counsellor's id, as listed by /api/public/therapists.";
            case "consent" -> "Please answer true or false.";
            default -> "This isn't in the expected form.";
        };
    }
}
