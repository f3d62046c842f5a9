package app.cairn.auth;

import app.cairn.auth.AccountToken.Purpose;
import app.cairn.common.config.CairnConfig;
import app.cairn.common.error.ApiException;
import app.cairn.common.security.SecretTokens;
import app.cairn.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The single-use links sent by e-mail. Only a token's SHA-256 is stored; a new link of one purpose
 * replaces the person's earlier ones; a link works once and until it expires.
 */
@ApplicationScoped
public class AccountTokens implements PanacheRepositoryBase<AccountToken, UUID> {

    static final String INVALID_LINK = "is not valid any more: it was used already or has expired. Ask for a new one.";

    private final CairnConfig config;
    private final Clock clock;

    public AccountTokens(CairnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A new link for the person; returns the secret to put in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Person person, Purpose purpose) {
        Instant now = clock.instant();
        update("usedAt = ?1 where personId = ?2 and purpose = ?3 and usedAt is null", now, person.id, purpose);
        String secret = SecretTokens.generate();
        AccountToken token = new AccountToken();
        token.tokenHash = SecretTokens.hash(secret);
        token.orgId = person.orgId;
        token.personId = person.id;
        token.purpose = purpose;
        token.createdAt = now;
        token.expiresAt = now.plus(lifetime(purpose));
        persist(token);
        return secret;
    }

    /** The live link for this secret, locked for the caller's transaction; 400 naming `token` otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountToken usable(String secret, Set<Purpose> purposes) {
        return find("tokenHash", SecretTokens.hash(secret))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(t -> t.usedAt == null && clock.instant().isBefore(t.expiresAt) && purposes.contains(t.purpose))
                .orElseThrow(() -> ApiException.invalid("token", INVALID_LINK));
    }

    /** Marks the link and every other open link of the person for these purposes used. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void useUp(AccountToken token, Set<Purpose> purposes) {
        update(
                "usedAt = ?1 where personId = ?2 and purpose in ?3 and usedAt is null",
                clock.instant(),
                token.personId,
                purposes);
    }

    private Duration lifetime(Purpose purpose) {
        return switch (purpose) {
            case VERIFY_EMAIL -> config.links().verifyEmail();
            case RESET_PASSWORD -> config.links().resetPassword();
            case INVITE -> config.links().invite();
        };
    }
}
