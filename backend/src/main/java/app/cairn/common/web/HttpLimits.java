package app.cairn.common.web;

import app.cairn.common.error.ProblemMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers requests the HTTP layer refuses before any resource runs — a URI too long (414), headers
 * too large (431), a body too large (413) — with problem+json like every other error. The limits
 * are enforced here, below the ceilings Vert.x enforces itself (`quarkus.http.limits.*`, set far
 * higher in application.properties): only a request beyond those ceilings still gets Vert.x's bare
 * status line.
 */
@ApplicationScoped
public class HttpLimits {

    /** The longest request target (path and query) answered. */
    public static final int MAX_URI_LENGTH = 8 * 1024;

    /** The most header bytes (names, values and separators) answered. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final BodyHandler chunkedBodies;

    public HttpLimits(
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                    MemorySize maxBodySize) {
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    /** Before everything else, including Quarkus' own body-size check. */
    void register(@Observes Filters filters) {
        filters.register(this::check, 10_000);
    }

    /** A body that turns out too large while it is read (no Content-Length) fails the route: 413 too. */
    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            int status = rc.statusCode();
            if (rc.failure() == null
                    && status >= 400
                    && status < 500
                    && !rc.response().headWritten()) {
                answer(rc, status);
            } else {
                rc.next();
            }
        });
    }

    private void check(RoutingContext rc) {
        if (rc.request().uri().length() > MAX_URI_LENGTH) {
            answer(rc, 414);
        } else if (headerBytes(rc) > MAX_HEADER_BYTES) {
            answer(rc, 431);
        } else if (contentLength(rc) > maxBodyBytes) {
            answer(rc, 413);
        } else if (contentLength(rc) < 0
                && rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
            // a body of unknown length is read here, up to the limit (then 413); resources get it from memory
            chunkedBodies.handle(rc);
        } else {
            rc.next();
        }
    }

    private void answer(RoutingContext rc, int status) {
        String title;
        String detail;
        switch (status) {
            case 414 -> {
                title = "URI too long";
                detail = "The request URI is longer than " + MAX_URI_LENGTH + " characters: send fewer or shorter"
                        + " query parameters.";
            }
            case 431 -> {
                title = "Request header fields too large";
                detail = "The request headers are larger than " + MAX_HEADER_BYTES + " bytes.";
            }
            case 413 -> {
                title = "Content too large";
                detail = "The request body is larger than " + maxBodyBytes + " bytes.";
            }
            default -> {
                title = "Bad request";
                detail = "The request could not be processed.";
            }
        }
        String path = rc.request().path();
        String instance = path == null || path.length() > 200 ? null : path;
        HttpServerResponse response = rc.response().setStatusCode(status);
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        boolean close = status != 400 && rc.request().version() != HttpVersion.HTTP_2;
        if (close) {
            // the rest of an oversized request is not read: the connection cannot be reused
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> rc.request().connection().close());
        }
        String body;
        try {
            body = json.writeValueAsString(ProblemMappers.problem(status, title, detail, instance, null));
        } catch (JsonProcessingException e) {
            body = "";
        }
        response.end(body);
    }

    private static long headerBytes(RoutingContext rc) {
        long bytes = 0;
        for (Map.Entry<String, String> header : rc.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long contentLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
