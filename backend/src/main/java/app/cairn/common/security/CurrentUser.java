package app.cairn.common.security;

import app.cairn.common.error.ApiException;
import app.cairn.people.Person;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in person of this request, as {@link DatabaseIdentityAugmentor} loaded them (once per
 * request) when the token was accepted: active, in the token's organization, with a live session.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private Person person;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Person person() {
        if (person == null) {
            Person loaded = identity.getAttribute(DatabaseIdentityAugmentor.PERSON_ATTRIBUTE);
            if (loaded == null) {
                throw ApiException.unauthorized("Sign in first: send a valid, unexpired bearer token.");
            }
            person = loaded;
        }
        return person;
    }

    /** The sign-in session the request's token belongs to. */
    public UUID sessionId() {
        person();
        return identity.getAttribute(DatabaseIdentityAugmentor.SESSION_ATTRIBUTE);
    }

    public UUID id() {
        return person().id;
    }

    public UUID orgId() {
        return person().orgId;
    }

    /** The API token this request came with; empty for a signed-in person's login token. */
    public Optional<TokenCaller> token() {
        person();
        return Optional.ofNullable(ScopeCheck.tokenOf(identity));
    }

    public boolean isAdmin() {
        return person().isAdmin();
    }
}
