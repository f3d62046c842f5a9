package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.people.Person;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues access tokens: short-lived RS256 JWTs that carry identity only — the person (sub), the
 * organization (org) and the sign-in session (sid). Roles are never in the token: every request
 * reads them from the database (see {@code DatabaseIdentityAugmentor}).
 */
@ApplicationScoped
public class TokenService {

    public static final String ORG_CLAIM = "org";
    public static final String SESSION_CLAIM = "sid";
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(15);

    private final CairnConfig config;
    private final JwtKeys keys;
    private final Clock clock;

    public TokenService(CairnConfig config, JwtKeys keys, Clock clock) {
        if (config.jwt().lifetime().compareTo(MAX_LIFETIME) > 0
                || config.jwt().lifetime().isNegative()) {
            throw new IllegalStateException("CAIRN_JWT_LIFETIME must be at most " + MAX_LIFETIME
                    + " (sessions last longer through the refresh cookie), but is "
                    + config.jwt().lifetime());
        }
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    public IssuedToken issue(Person person, UUID sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.jwt().lifetime());
        String token = Jwt.issuer(config.jwt().issuer())
                .subject(person.id.toString())
                .claim(ORG_CLAIM, person.orgId.toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new IssuedToken(token, expiresAt);
    }
}
