package app.cairn.integrations.tokens;

import app.cairn.common.security.SecretTokens;
import app.cairn.common.security.TokenCaller;
import app.cairn.people.Person;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The database read behind a request with an API token: one query finds the token by its hash with
 * its person, who must be active; a revoked or expired token, or one of a deactivated person or
 * service account, finds nothing. A service account's tokens keep only the scopes the account still
 * has. "Last used" is written at most once a minute per token (and when the address changes).
 */
@ApplicationScoped
public class ApiTokenAuthenticator {

    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final Clock clock;

    public ApiTokenAuthenticator(Clock clock) {
        this.clock = clock;
    }

    public record Authenticated(Person person, TokenCaller caller) {}

    @ActivateRequestContext
    public Optional<Authenticated> authenticate(String secret, String clientAddress) {
        Instant now = clock.instant();
        Optional<Object[]> row = Panache.getEntityManager()
                .createQuery(
                        "select t, p, s.scopes from ApiToken t join Person p on p.id = t.personId"
                                + " left join ServiceAccount s on s.id = p.id"
                                + " where t.secretHash = :hash and p.orgId = t.orgId and p.active = true"
                                + " and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)",
                        Object[].class)
                .setParameter("hash", SecretTokens.hash(secret))
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = (ApiToken) row.get()[0];
        Person person = (Person) row.get()[1];
        Set<String> scopes = new LinkedHashSet<>(Scopes.parse(token.scopes));
        if (person.serviceAccount) {
            Set<String> accountScopes = Scopes.parse((String) row.get()[2]);
            scopes.removeIf(scope -> !Scopes.covers(accountScopes, scope));
        }
        touch(token, clientAddress, now);
        return Optional.of(new Authenticated(
                person, new TokenCaller(token.id, token.prefix, Set.copyOf(scopes), person.serviceAccount)));
    }

    private void touch(ApiToken token, String clientAddress, Instant now) {
        boolean stale = token.lastUsedAt == null
                || token.lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)
                || !Objects.equals(token.lastUsedFrom, clientAddress);
        if (stale) {
            UUID id = token.id;
            QuarkusTransaction.requiringNew()
                    .run(() -> Panache.getEntityManager()
                            .createQuery("update ApiToken set lastUsedAt = :now, lastUsedFrom = :from where id = :id")
                            .setParameter("now", now)
                            .setParameter("from", clientAddress)
                            .setParameter("id", id)
                            .executeUpdate());
        }
    }
}
