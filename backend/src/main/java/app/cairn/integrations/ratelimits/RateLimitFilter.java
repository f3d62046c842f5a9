package app.cairn.integrations.ratelimits;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.integrations.ratelimits.ApiRateLimiter.Usage;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Charges every API call to its caller (API token, else signed-in person) and its client address,
 * and tells the client where it stands with the IETF `RateLimit-Policy` and `RateLimit` headers
 * (draft-ietf-httpapi-ratelimit-headers); over the limit the answer is 429 with `Retry-After`.
 */
public class RateLimitFilter {

    static final String USAGE = "cairn.rate-limit";

    private final ApiRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final CurrentUser currentUser;

    public RateLimitFilter(ApiRateLimiter limiter, CurrentIdentityAssociation identities, CurrentUser currentUser) {
        this.limiter = limiter;
        this.identities = identities;
        this.currentUser = currentUser;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return;
        }
        String caller = isPublic(resource) ? null : callerKey();
        String address =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        List<Usage> usages = limiter.consume(caller, address);
        request.setProperty(USAGE, usages);
        long retryAfter =
                usages.stream().mapToLong(Usage::retryAfterSeconds).max().orElse(0);
        if (usages.stream().anyMatch(u -> !u.allowed())) {
            throw ApiException.tooManyRequests(
                    "Too many requests: see the RateLimit headers, and retry after " + retryAfter + " s.",
                    Duration.ofSeconds(retryAfter));
        }
    }

    @ServerResponseFilter
    @SuppressWarnings("unchecked")
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object usages = request.getProperty(USAGE);
        if (usages instanceof List<?> list && !list.isEmpty()) {
            List<Usage> all = (List<Usage>) list;
            response.getHeaders()
                    .putSingle(
                            "RateLimit-Policy",
                            all.stream()
                                    .map(u -> "\"" + u.policy() + "\";q=" + u.quota() + ";w=" + u.windowSeconds())
                                    .collect(Collectors.joining(", ")));
            response.getHeaders()
                    .putSingle(
                            "RateLimit",
                            all.stream()
                                    .map(u -> "\"" + u.policy() + "\";r=" + u.remaining() + ";t=" + u.resetSeconds())
                                    .collect(Collectors.joining(", ")));
        }
    }

    private String callerKey() {
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        return currentUser
                .token()
                .map(token -> "token:" + token.tokenId())
                .orElseGet(() -> "person:" + currentUser.id());
    }

    private static boolean isPublic(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method == null
                || method.isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class);
    }
}
