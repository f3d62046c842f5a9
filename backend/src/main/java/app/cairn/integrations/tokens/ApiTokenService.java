package app.cairn.integrations.tokens;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
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

    public ApiTokenService(ApiTokenRepository tokens, ApiTokenIssuer issuer, CurrentUser currentUser) {
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
        return issuer.issue(currentUser.orgId(), currentUser.id(), currentUser.id(), request, scopes)
                .response();
    }

    public ApiTokenResponse get(UUID id) {
        return issuer.toResponse(find(id));
    }

    @Transactional
    public void revoke(UUID id) {
        issuer.revoke(find(id));
    }

    private ApiToken find(UUID id) {
        return tokens.findFor(currentUser.orgId(), currentUser.id(), id)
                .orElseThrow(() -> ApiException.notFound("API token " + id));
    }
}
