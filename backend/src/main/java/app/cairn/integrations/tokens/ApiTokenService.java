package app.cairn.integrations.tokens;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.integrations.tokens.dto.ApiTokenResponse;
import app.cairn.integrations.tokens.dto.CreateApiTokenRequest;
import app.cairn.integrations.tokens.dto.CreatedApiTokenResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A person's own API tokens: they act as that person, never with more rights. */
@ApplicationScoped
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final ApiTokenIssuer issuer;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public ApiTokenService(ApiTokenRepository tokens, ApiTokenIssuer issuer, CurrentUser currentUser, AuditLog audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.issuer = issuer;
        this.currentUser = currentUser;
    }

    public PageResponse<ApiTokenResponse> list(PageQuery page) {
        return tokens.listFor(currentUser.orgId(), currentUser.id(), page).map(issuer::toResponse);
    }

    @Transactional
    public CreatedApiTokenResponse create(CreateApiTokenRequest request) {
        var scopes = Scopes.validate(request.scopes(), "scopes");
        var issued = issuer.issue(currentUser.orgId(), currentUser.id(), currentUser.id(), request, scopes);
        audit.record(
                "api_token.created", "api-tokens", issued.token().id, issued.token().name, created(issued.token()));
        return issued.response();
    }

    public ApiTokenResponse get(UUID id) {
        return issuer.toResponse(find(id));
    }

    @Transactional
    public void revoke(UUID id) {
        ApiToken token = find(id);
        issuer.revoke(token);
        audit.record("api_token.revoked", "api-tokens", token.id, token.name, null);
    }

    private ApiToken find(UUID id) {
        return tokens.findFor(currentUser.orgId(), currentUser.id(), id)
                .orElseThrow(() -> ApiException.notFound("API token " + id));
    }

    /** What the audit log keeps of a new token: never its secret or hash. */
    public static Changes created(ApiToken token) {
        return Changes.of()
                .field("prefix", null, token.prefix)
                .field("scopes", null, token.scopes)
                .field("expiresAt", null, token.expiresAt);
    }
}
