package app.cairn.auth;

import app.cairn.people.Person;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The one database read behind every authenticated request: the token's person, when they are still
 * active in the token's organization and the token's sign-in session is still live. Their roles and
 * everything else the request needs about them come from this row, never from the token.
 */
@ApplicationScoped
public class IdentityLoader {

    private final Clock clock;

    public IdentityLoader(Clock clock) {
        this.clock = clock;
    }

    @ActivateRequestContext
    public Optional<Person> load(UUID personId, UUID orgId, UUID sessionId) {
        return Panache.getEntityManager()
                .createQuery(
                        "select p from Person p, SignInSession s where p.id = :person and p.orgId = :org"
                                + " and p.active = true and s.id = :session and s.personId = p.id"
                                + " and s.revokedAt is null and s.expiresAt > :now",
                        Person.class)
                .setParameter("person", personId)
                .setParameter("org", orgId)
                .setParameter("session", sessionId)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }
}
