package app.cairn.common.web;

import app.cairn.common.config.CairnConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser-facing headers on every answer of the app port, and caching that lets a deploy reach
 * browsers at once:
 *
 * <ul>
 *   <li>a strict Content-Security-Policy for the SPA (scripts and styles only from this origin, no
 *       inline script, no framing); Swagger UI, whose page carries inline script, gets its own looser
 *       policy limited to its path; API answers allow nothing at all;
 *   <li>nosniff, no referrer, no camera/microphone/geolocation/payment, HSTS when CAIRN_HSTS=true;
 *   <li>`index.html` and the SPA's deep links `no-cache` (always revalidated), only the content-hashed
 *       files under /assets/ cached for a year as immutable.
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SPA_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private final boolean hsts;

    public SecurityHeaders(CairnConfig config) {
        this.hsts = config.headers().hsts();
    }

    void register(@Observes Filters filters) {
        // Before SpaRouting (100), so the headers are in place whatever serves the request.
        filters.register(this::addHeaders, 200);
    }

    private void addHeaders(RoutingContext rc) {
        String path = rc.normalizedPath();
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Permissions-Policy", PERMISSIONS_POLICY);
            headers.set("Content-Security-Policy", policy(path));
            if (hsts) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            String cacheControl = cacheControl(path);
            if (cacheControl != null) {
                headers.set("Cache-Control", cacheControl);
            }
        });
        rc.next();
    }

    static String policy(String path) {
        if (path.startsWith("/api/")) {
            return API_POLICY;
        }
        if (path.startsWith("/q/swagger-ui")) {
            return SWAGGER_POLICY;
        }
        return SPA_POLICY;
    }

    /** Null leaves the endpoint's own header (API answers decide for themselves). */
    static String cacheControl(String path) {
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return null;
        }
        if (path.startsWith("/assets/")) {
            return "public, max-age=31536000, immutable";
        }
        return "no-cache";
    }
}
