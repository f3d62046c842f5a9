package app.cairn.common.security;

import app.cairn.auth.IdentityLoader;
import app.cairn.auth.TokenService;
import app.cairn.people.Person;
import app.cairn.people.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified access token into the request's identity from the database: the token only says
 * who (sub, org) and which sign-in session (sid); the roles that `@RolesAllowed` checks are the
 * person's current roles. A person demoted, deactivated or signed out loses the rights at once,
 * whatever their token says. A token whose claims are not ids, or whose person or session is gone,
 * is refused as unauthenticated (401). The loaded person rides along so {@link CurrentUser} does not
 * read it again.
 */
@ApplicationScoped
public class DatabaseIdentityAugmentor implements SecurityIdentityAugmentor {

    static final String PERSON_ATTRIBUTE = "cairn.person";
    static final String SESSION_ATTRIBUTE = "cairn.session";

    private final IdentityLoader loader;

    public DatabaseIdentityAugmentor(IdentityLoader loader) {
        this.loader = loader;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> fromDatabase(identity, token));
    }

    private SecurityIdentity fromDatabase(SecurityIdentity identity, JsonWebToken token) {
        UUID personId = uuid(token.getSubject());
        UUID orgId = uuid(token.getClaim(TokenService.ORG_CLAIM));
        UUID sessionId = uuid(token.getClaim(TokenService.SESSION_CLAIM));
        Person person = loader.load(personId, orgId, sessionId)
                .orElseThrow(() -> new AuthenticationFailedException("The account or its session is no longer active"));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredentials(identity.getCredentials())
                .addAttribute(PERSON_ATTRIBUTE, person)
                .addAttribute(SESSION_ATTRIBUTE, sessionId);
        for (Role role : person.roles) {
            builder.addRole(role.name());
        }
        return builder.build();
    }

    private static UUID uuid(Object claim) {
        if (claim == null) {
            throw new AuthenticationFailedException("The token lacks a required claim");
        }
        try {
            return UUID.fromString(claim.toString());
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("A token claim is not an id");
        }
    }
}
