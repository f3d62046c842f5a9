package app.cairn.common.security;

import app.cairn.integrations.tokens.ApiTokenAuthenticator;
import app.cairn.people.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an API token into the request's identity from the database, like {@link
 * DatabaseIdentityAugmentor} does for login tokens: the token must be known, unrevoked and unexpired,
 * its person (or service account) active; the roles are the person's current ones, and the token's
 * scopes ride along for {@link ScopeCheck}. Anything else is a 401.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenCredential> {

    static final String TOKEN_ATTRIBUTE = "cairn.api-token";

    private final ApiTokenAuthenticator authenticator;

    public ApiTokenIdentityProvider(ApiTokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<ApiTokenCredential> getRequestType() {
        return ApiTokenCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenCredential request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiTokenAuthenticator.Authenticated found = authenticator
                    .authenticate(request.secret(), request.clientAddress())
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown, revoked or expired API token"));
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(found.person().id.toString()))
                    .addAttribute(DatabaseIdentityAugmentor.PERSON_ATTRIBUTE, found.person())
                    .addAttribute(TOKEN_ATTRIBUTE, found.caller());
            for (Role role : found.person().roles) {
                builder.addRole(role.name());
            }
            return builder.build();
        });
    }
}
