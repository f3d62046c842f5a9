package app.cairn.auth;

import app.cairn.people.Person;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
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

    /**
     * Runs in a transaction of its own so that the connection goes back to the pool when the read is
     * done: outside one, the request's session would keep it until the request ends — for a live
     * event stream (SSE), as long as the stream stays open, and a few tabs would drain the pool.
     */
    @ActivateRequestContext
    @Transactional
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
