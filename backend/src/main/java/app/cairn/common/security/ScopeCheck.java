package app.cairn.common.security;

import app.cairn.common.error.ApiException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds API tokens to the scope each operation declares ({@link TokenScope}): a token without it gets
 * a 403 naming the scope; an operation that declares none, or is {@link TokensRefused}, refuses
 * tokens altogether. Login tokens pass untouched: scopes only ever narrow what the person may do.
 */
public class ScopeCheck {

    private final Map<Method, Required> cache = new ConcurrentHashMap<>();
    private final CurrentIdentityAssociation identities;

    public ScopeCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The scope an operation needs from a token, or why tokens may not call it. */
    public record Required(String scope, String refusal) {}

    @ServerRequestFilter
    public Uni<Void> check(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method, resource.getResourceClass())) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            TokenCaller token = tokenOf(identity);
            if (token != null) {
                Required required = cache.computeIfAbsent(method, m -> required(m, resource.getResourceClass()));
                if (required.refusal() != null) {
                    throw ApiException.forbidden(required.refusal());
                }
                if (!token.allows(required.scope())) {
                    throw ApiException.forbidden("This API token lacks the scope " + required.scope() + ".");
                }
            }
            return null;
        });
    }

    static TokenCaller tokenOf(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous()
                ? null
                : identity.getAttribute(ApiTokenIdentityProvider.TOKEN_ATTRIBUTE);
    }

    private static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class)
                        && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class));
    }

    /** The rule, shared with the OpenAPI document: method annotations first, then the class's. */
    public static Required required(Method method, Class<?> type) {
        TokensRefused refused = method.getAnnotation(TokensRefused.class);
        if (refused != null) {
            return new Required(null, refused.value());
        }
        TokenScope scope = method.getAnnotation(TokenScope.class);
        if (scope == null) {
            TokensRefused classRefused = type.getAnnotation(TokensRefused.class);
            if (classRefused != null) {
                return new Required(null, classRefused.value());
            }
            scope = type.getAnnotation(TokenScope.class);
        }
        if (scope == null) {
            return new Required(null, "This operation is not available to API tokens.");
        }
        return new Required(scope(scope.value(), scope.access(), isRead(method)), null);
    }

    public static String scope(ApiArea area, TokenScope.Access access, boolean readMethod) {
        boolean read = access == TokenScope.Access.READ || (access == TokenScope.Access.BY_METHOD && readMethod);
        return area.key() + (read ? ":read" : ":write");
    }

    private static boolean isRead(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class);
    }
}
