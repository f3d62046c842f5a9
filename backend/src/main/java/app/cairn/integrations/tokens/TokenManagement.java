package app.cairn.integrations.tokens;

import app.cairn.common.error.ApiException;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.integrations.tokens.dto.ApiTokenResponse;
import app.cairn.integrations.tokens.dto.CreateApiTokenRequest;
import app.cairn.integrations.tokens.dto.CreatedApiTokenResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one use case behind every token endpoint, personal (`/api-tokens`) or a service account's
 * (`/service-accounts/{id}/tokens`): list, mint within the owner's ceiling, read, revoke, each
 * recorded in the audit log in the same transaction. The caller decides who the owner is and that
 * it may manage its tokens ({@link TokenOwner}).
 */
@ApplicationScoped
public class TokenManagement {

    private final ApiTokenRepository tokens;
    private final ApiTokenIssuer issuer;
    private final AuditLog audit;

    public TokenManagement(ApiTokenRepository tokens, ApiTokenIssuer issuer, AuditLog audit) {
        this.tokens = tokens;
        this.issuer = issuer;
        this.audit = audit;
    }

    public PageResponse<ApiTokenResponse> list(TokenOwner owner, PageQuery page) {
        return tokens.listFor(owner.orgId(), owner.personId(), page).map(issuer::toResponse);
    }

    public ApiTokenResponse get(TokenOwner owner, UUID tokenId) {
        return issuer.toResponse(find(owner, tokenId));
    }

    /** Mints a token; 400 naming `scopes` for an unknown scope or one beyond the owner's ceiling. */
    @Transactional
    public CreatedApiTokenResponse create(TokenOwner owner, UUID createdBy, CreateApiTokenRequest request) {
        Set<String> scopes = Scopes.validate(request.scopes(), "scopes");
        if (owner.ceiling() != null) {
            List<String> beyond = scopes.stream()
                    .filter(s -> !Scopes.covers(owner.ceiling(), s))
                    .toList();
            if (!beyond.isEmpty()) {
                throw ApiException.invalid(
                        "scopes", "go beyond the " + owner.label() + "'s scopes: " + String.join(", ", beyond));
            }
        }
        var issued = issuer.issue(owner.orgId(), owner.personId(), createdBy, request, scopes);
        ApiToken token = issued.token();
        audit.record(
                owner.auditAction("created"),
                owner.resourceType(),
                owner.auditResource(token),
                owner.summary(token),
                Changes.of()
                        .field("prefix", null, token.prefix)
                        .field("scopes", null, token.scopes)
                        .field("expiresAt", null, token.expiresAt));
        return issued.response();
    }

    /** Revokes at once (idempotent); 404 when the token is not the owner's. */
    @Transactional
    public void revoke(TokenOwner owner, UUID tokenId) {
        ApiToken token = find(owner, tokenId);
        issuer.revoke(token);
        audit.record(
                owner.auditAction("revoked"),
                owner.resourceType(),
                owner.auditResource(token),
                owner.summary(token),
                null);
    }

    private ApiToken find(TokenOwner owner, UUID tokenId) {
        return tokens.findFor(owner.orgId(), owner.personId(), tokenId)
                .orElseThrow(() -> ApiException.notFound("API token " + tokenId));
    }
}
