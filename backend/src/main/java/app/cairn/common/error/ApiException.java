package app.cairn.common.error;

import java.time.Duration;
import java.util.List;

/**
 * A failure the caller can act on. Services throw it; {@link ProblemMappers} turns it into
 * problem+json. Use the factories so that status, title and type stay consistent.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    private ApiException(int status, String title, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.retryAfter = retryAfter;
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(
                400, "Invalid request", "The request has invalid fields: see errors.", List.copyOf(errors), null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail, null, null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, null, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, null, null);
    }

    /** The thing does not exist, is in another organization, or the caller may not see it. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " was not found.", null, null);
    }

    /** As {@link #notFound(String)}, naming the request field that pointed at it. */
    public static ApiException notFound(String what, String field) {
        return new ApiException(
                404, "Not found", what + " was not found.", List.of(new FieldError(field, "was not found")), null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, null, null);
    }

    /** A clash with existing data on one field (e.g. an email already in use). */
    public static ApiException conflict(String field, String message) {
        return new ApiException(
                409,
                "Conflict",
                "The request conflicts with existing data: see errors.",
                List.of(new FieldError(field, message)),
                null);
    }

    /** The body is larger than this operation takes (below the server-wide limit). */
    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "Content too large", detail, null, null);
    }

    public static ApiException staleVersion(String what) {
        return conflict(what + " was changed by someone else since you loaded it. Reload it and try again.");
    }

    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        return new ApiException(429, "Too many requests", detail, null, retryAfter);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
