package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.people.Person;
import app.cairn.people.Role;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** Issues access tokens: RS256 JWTs naming the person (sub), organization (org) and roles (groups). */
@ApplicationScoped
public class TokenService {

    public static final String ORG_CLAIM = "org";

    private final CairnConfig config;
    private final JwtKeys keys;
    private final Clock clock;

    public TokenService(CairnConfig config, JwtKeys keys, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    public IssuedToken issue(Person person) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.jwt().lifetime());
        Set<String> groups = person.roles.stream().map(Role::name).collect(Collectors.toSet());
        String token = Jwt.issuer(config.jwt().issuer())
                .subject(person.id.toString())
                .upn(person.email)
                .groups(groups)
                .claim(ORG_CLAIM, person.orgId.toString())
                .claim("name", person.name)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new IssuedToken(token, expiresAt);
    }
}
