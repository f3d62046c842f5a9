package app.cairn.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves the API as RFC 9457 problem+json. Nothing here echoes an exception class, a
 * stack trace or SQL: unexpected errors are logged with an id and answered with that id only.
 */
public class ProblemMappers {

    private static final String TYPE_BASE = "https://cairn.dev/problems/";

    private final DatabaseRecovery recovery;

    public ProblemMappers(DatabaseRecovery recovery) {
        this.recovery = recovery;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = build(e.status(), e.title(), e.getMessage(), request, e.errors());
        if (e.retryAfter() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Math.max(1, (e.retryAfter().toMillis() + 999) / 1000));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return build(400, "Invalid request", "The request has invalid fields: see errors.", request, errors)
                .build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return build(400, "Malformed JSON", "The request body is not valid JSON.", request, null)
                .build();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return jsonMapping(e, request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        String field = pathOf(e);
        String message;
        if (e instanceof InvalidValueException invalid) {
            message = invalid.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + enumValues(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return build(400, "Invalid request", "The request body does not have the expected shape.", request, null)
                    .build();
        }
        return build(
                        400,
                        "Invalid request",
                        "The request has invalid fields: see errors.",
                        request,
                        List.of(new FieldError(field, message)))
                .build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return build(400, "Malformed JSON", "The request body is not valid JSON.", request, null)
                .build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e, request);
        }
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return build(403, "Forbidden", "Your role does not allow this.", request, null)
                .build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return stale(request);
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, HttpServerRequest request) {
        return stale(request);
    }

    /** A database constraint caught what the service did not: answer 409 without the SQL. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        Log.infof("Constraint %s rejected %s %s", e.getConstraintName(), request.method(), request.path());
        return build(
                        409,
                        "Conflict",
                        "This conflicts with existing data (it may be in use or already exist).",
                        request,
                        null)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ".";
            case 405 -> "The method " + request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "This resource cannot produce the media type you asked for.";
            case 415 -> "Send the request body as application/json.";
            case 401 -> "Sign in first: send a valid bearer token.";
            default -> "The request could not be processed.";
        };
        Response.ResponseBuilder builder = build(
                status,
                Response.Status.fromStatusCode(status) == null ? "Error" : reason(status),
                detail,
                request,
                null);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e, request);
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s %s", incident, request.method(), request.path());
        return build(
                        500,
                        "Internal error",
                        "Something went wrong on our side. Quote incident " + incident + " when reporting it.",
                        request,
                        null)
                .build();
    }

    /** The database is out of reach (restarting, down): 503 with Retry-After, never a 500 or a hang. */
    private Response unavailable(Throwable e, HttpServerRequest request) {
        recovery.unavailable();
        Log.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e.getMessage());
        return build(
                        503,
                        "Service unavailable",
                        "The database is out of reach for a moment. Retry in a few seconds.",
                        request,
                        null)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    private Response unauthenticated(HttpServerRequest request) {
        return build(401, "Unauthorized", "Sign in first: send a valid, unexpired bearer token.", request, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response stale(HttpServerRequest request) {
        return build(
                        409,
                        "Conflict",
                        "This was changed by someone else since you loaded it. Reload it and try again.",
                        request,
                        null)
                .build();
    }

    static Response.ResponseBuilder build(
            int status, String title, String detail, HttpServerRequest request, List<FieldError> errors) {
        Problem problem = problem(status, title, detail, request.path(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** The problem document for a status; `type` is derived from the title. */
    public static Problem problem(int status, String title, String detail, String instance, List<FieldError> errors) {
        String slug = title.toLowerCase().replace(' ', '-');
        return new Problem(TYPE_BASE + slug, title, status, detail, instance, errors);
    }

    private static String reason(int status) {
        return Response.Status.fromStatusCode(status).getReasonPhrase();
    }

    /** `create.request.email` → `email`; `list.size` → `size`. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (bodyParameter || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an id (UUID)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
