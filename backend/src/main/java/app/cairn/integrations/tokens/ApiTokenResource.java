package app.cairn.integrations.tokens;

import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.tokens.dto.ApiTokenResponse;
import app.cairn.integrations.tokens.dto.CreateApiTokenRequest;
import app.cairn.integrations.tokens.dto.CreatedApiTokenResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api-tokens")
@Tag(name = "API tokens", description = "Personal access tokens: act as yourself from scripts, narrowed to scopes")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokensRefused("Manage API tokens while signed in: a token cannot mint or revoke tokens.")
public class ApiTokenResource {

    private final TokenManagement tokens;
    private final CurrentUser currentUser;

    public ApiTokenResource(TokenManagement tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    private TokenOwner me() {
        return TokenOwner.person(currentUser.orgId(), currentUser.id());
    }

    @GET
    @Operation(
            operationId = "listApiTokens",
            description =
                    "Lists the caller's own personal API tokens with their scopes, last use and status, never their secrets. Any signed-in person.",
            summary = "List my API tokens (newest first; never their secrets)")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    public PageResponse<ApiTokenResponse> list(@Valid @BeanParam PageQuery page) {
        return tokens.list(me(), page);
    }

    @POST
    @Operation(
            operationId = "createApiToken",
            description =
                    "Creates a personal API token acting as the caller, narrowed to the scopes asked for. The secret is in this answer only; store it now.",
            summary = "Create an API token; its secret is in this answer only")
    @APIResponse(
            responseCode = "201",
            description = "Created: the secret is shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedApiTokenResponse.class)))
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") CreateApiTokenRequest request, UriInfo uri) {
        CreatedApiTokenResponse created = tokens.create(me(), currentUser.id(), request);
        return Created.at(uri, "api-tokens/{id}", created.token().id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getApiToken",
            description =
                    "Reads one of the caller's own API tokens (scopes, expiry, last use), never its secret. Its owner only.",
            summary = "Read one of my API tokens (never its secret)")
    @APIResponse(responseCode = "200", description = "The token")
    public ApiTokenResponse get(@PathParam("id") UUID id) {
        return tokens.get(me(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeApiToken",
            description =
                    "Revokes one of the caller's own API tokens: calls made with it answer 401 from now on. Its owner only.",
            summary = "Revoke one of my API tokens; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        tokens.revoke(me(), id);
    }
}
