package app.cairn.common.security;

import app.cairn.auth.TokenService;
import app.cairn.common.error.ApiException;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person of this request. Reading it checks, once per request, that the account still
 * exists and is active, so a deactivated person's unexpired token stops working at once.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;
    private final PersonRepository people;
    private Person person;

    public CurrentUser(JsonWebToken token, PersonRepository people) {
        this.token = token;
        this.people = people;
    }

    public Person person() {
        if (person == null) {
            if (token == null || token.getSubject() == null || token.getClaim(TokenService.ORG_CLAIM) == null) {
                throw ApiException.unauthorized("Sign in first: send a valid, unexpired bearer token.");
            }
            UUID id = UUID.fromString(token.getSubject());
            UUID orgId = UUID.fromString(token.<String>getClaim(TokenService.ORG_CLAIM));
            person = people.findByIdOptional(id)
                    .filter(p -> p.active && p.orgId.equals(orgId))
                    .orElseThrow(() -> ApiException.unauthorized("This account is no longer active."));
        }
        return person;
    }

    public UUID id() {
        return person().id;
    }

    public UUID orgId() {
        return person().orgId;
    }

    public boolean isAdmin() {
        return person().isAdmin();
    }
}
