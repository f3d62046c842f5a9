package app.cairn.integrations.tokens;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiTokenCredential;
import app.cairn.common.security.SecretTokens;
import app.cairn.integrations.tokens.dto.ApiTokenResponse;
import app.cairn.integrations.tokens.dto.CreateApiTokenRequest;
import app.cairn.integrations.tokens.dto.CreatedApiTokenResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Mints tokens (personal or a service account's), and maps them for the wire. */
@ApplicationScoped
public class ApiTokenIssuer {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    public ApiTokenIssuer(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Persists a token for `personId` (inside the caller's transaction) and returns it with its secret. */
    public IssuedToken issue(
            UUID orgId, UUID personId, UUID createdBy, CreateApiTokenRequest request, Set<String> scopes) {
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw ApiException.invalid("expiresAt", "must be at most a year ahead");
        }
        String secret = ApiTokenCredential.PREFIX + SecretTokens.generate();
        ApiToken token = new ApiToken();
        token.orgId = orgId;
        token.personId = personId;
        token.name = request.name().trim();
        token.prefix = secret.substring(0, ApiTokenCredential.PREFIX.length() + 6);
        token.secretHash = SecretTokens.hash(secret);
        token.scopes = Scopes.format(scopes);
        token.expiresAt = expiresAt;
        token.createdBy = createdBy;
        tokens.persist(token);
        tokens.flush();
        return new IssuedToken(token, new CreatedApiTokenResponse(toResponse(token), secret));
    }

    public record IssuedToken(ApiToken token, CreatedApiTokenResponse response) {}

    public ApiTokenResponse toResponse(ApiToken token) {
        Instant now = clock.instant();
        String status = token.revokedAt != null
                ? "REVOKED"
                : token.expiresAt != null && !token.expiresAt.isAfter(now) ? "EXPIRED" : "ACTIVE";
        return new ApiTokenResponse(
                token.id,
                token.name,
                token.prefix,
                List.copyOf(Scopes.parse(token.scopes)),
                token.createdAt,
                token.expiresAt,
                token.lastUsedAt,
                token.lastUsedFrom,
                token.revokedAt,
                status);
    }

    /** Revokes now (idempotent). */
    public void revoke(ApiToken token) {
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
    }
}
