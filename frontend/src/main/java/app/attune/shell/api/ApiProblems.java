package app.attune.shell.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The problem details an API error that no controller answered gets, in plain words: Tomcat's refusals (a request
 * line or header too long, bytes that aren't a request) and anything that falls through to the error page.
 */
final class ApiProblems {

    static final String PREFIX = "/api/";
    static final String CONTENT_TYPE = "application/problem+json";

    private ApiProblems() {}

    /** Whether a request for this path is answered as the API: by its path, or when the path couldn't be read. */
    static boolean isApi(@Nullable String path) {
        return path == null || path.isEmpty() || path.startsWith(PREFIX) || path.equals("/api");
    }

    static String detail(int status) {
        return switch (status) {
            case 400 ->
                "We couldn't read that request. Please check the address, the headers and the body against"
                        + " the API's documentation.";
            case 404 -> "There is nothing at this address. Please check it against the API's documentation.";
            case 405 -> "This address doesn't take that method. Please check the API's documentation.";
            case 413 -> "That request is too large.";
            case 414 -> "That address is too long.";
            case 431 -> "The request's headers are too large.";
            case 503 -> "Attune is briefly unavailable. Please try again in a moment.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. Please try again in a moment."
                        : "That request can't be answered. Please check it against the API's documentation.";
        };
    }

    /** RFC 9457 problem details as JSON; every value is ours, so nothing from the request is echoed. */
    static String json(int status) {
        var known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail(status) + "\"}";
    }
}
