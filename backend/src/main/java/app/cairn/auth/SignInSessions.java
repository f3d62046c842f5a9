package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.security.SecretTokens;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions and their refresh tokens. A refresh token works once: using it marks it used and
 * hands out the next one. Presenting a used one again means it was copied, so the whole session is
 * revoked (RFC 9700 refresh token rotation with reuse detection). Revoking a session ends its access
 * tokens too, since every request checks the session (see IdentityLoader).
 */
@ApplicationScoped
public class SignInSessions {

    public enum EndReason {
        SIGNED_OUT,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        REFRESH_TOKEN_REUSED,
        ACCOUNT_INACTIVE
    }

    /** A session and the refresh token that continues it (the secret, to put in the cookie). */
    public record Continued(Person person, SignInSession session, String refreshToken, Instant refreshExpiresAt) {}

    private final PersonRepository people;
    private final CairnConfig config;
    private final Clock clock;

    public SignInSessions(PersonRepository people, CairnConfig config, Clock clock) {
        this.people = people;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Continued open(Person person) {
        Instant now = clock.instant();
        SignInSession session = new SignInSession();
        session.orgId = person.orgId;
        session.personId = person.id;
        session.createdAt = now;
        session.refreshedAt = now;
        session.expiresAt = now.plus(config.session().maxLifetime());
        em().persist(session);
        return next(person, session, now);
    }

    /** Rotates the refresh token; empty when it is unknown, expired, reused or its session is over. */
    @Transactional
    public Optional<Continued> refresh(String refreshToken) {
        EntityManager em = em();
        RefreshToken token =
                em.find(RefreshToken.class, SecretTokens.hash(refreshToken), LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            return Optional.empty();
        }
        SignInSession session = em.find(SignInSession.class, token.sessionId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (!session.isLive(now)) {
            return Optional.empty();
        }
        if (token.usedAt != null) {
            Log.warnf("A used refresh token of session %s was presented again: revoking the session", session.id);
            revoke(session, EndReason.REFRESH_TOKEN_REUSED, now);
            return Optional.empty();
        }
        if (!now.isBefore(token.expiresAt)) {
            return Optional.empty();
        }
        Person person = people.findById(session.personId);
        if (!person.active || person.emailVerifiedAt == null) {
            revoke(session, EndReason.ACCOUNT_INACTIVE, now);
            return Optional.empty();
        }
        token.usedAt = now;
        session.refreshedAt = now;
        return Optional.of(next(person, session, now));
    }

    /** Ends the session this refresh token belongs to (used or not); unknown tokens are ignored. */
    @Transactional
    public void endByRefreshToken(String refreshToken) {
        RefreshToken token = em().find(RefreshToken.class, SecretTokens.hash(refreshToken));
        if (token != null) {
            end(token.sessionId, EndReason.SIGNED_OUT);
        }
    }

    @Transactional
    public void end(UUID sessionId, EndReason reason) {
        SignInSession session = em().find(SignInSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session != null && session.revokedAt == null) {
            revoke(session, reason, clock.instant());
        }
    }

    /** Ends every live session of the person except `keep` (null: all of them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllOf(UUID personId, UUID keep, EndReason reason) {
        return em().createQuery("update SignInSession s set s.revokedAt = :now, s.revokedReason = :reason"
                        + " where s.personId = :person and s.revokedAt is null and s.id <> :keep")
                .setParameter("now", clock.instant())
                .setParameter("reason", reason.name())
                .setParameter("person", personId)
                .setParameter("keep", keep == null ? new UUID(0, 0) : keep)
                .executeUpdate();
    }

    /**
     * Forgets sessions that ended over a day ago, and used refresh tokens older than a day (a copy
     * replayed later than that is refused as unknown rather than detected as reuse).
     */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        int tokens = em().createQuery("delete from RefreshToken t where t.usedAt < :before")
                .setParameter("before", dayAgo)
                .executeUpdate();
        int sessions = em().createQuery(
                        "delete from SignInSession s where s.expiresAt < :before or s.revokedAt < :before")
                .setParameter("before", dayAgo)
                .executeUpdate();
        Log.debugf("Purged %d sign-in sessions and %d used refresh tokens", sessions, tokens);
    }

    private Continued next(Person person, SignInSession session, Instant now) {
        String secret = SecretTokens.generate();
        RefreshToken token = new RefreshToken();
        token.tokenHash = SecretTokens.hash(secret);
        token.sessionId = session.id;
        token.createdAt = now;
        Instant idleEnd = now.plus(config.session().idleTimeout());
        token.expiresAt = idleEnd.isBefore(session.expiresAt) ? idleEnd : session.expiresAt;
        em().persist(token);
        return new Continued(person, session, secret, token.expiresAt);
    }

    private static void revoke(SignInSession session, EndReason reason, Instant now) {
        session.revokedAt = now;
        session.revokedReason = reason.name();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
