package app.cairn.integrations.serviceaccounts;

import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.serviceaccounts.dto.ServiceAccountRequest;
import app.cairn.integrations.serviceaccounts.dto.ServiceAccountResponse;
import app.cairn.integrations.tokens.TokenManagement;
import app.cairn.integrations.tokens.dto.ApiTokenResponse;
import app.cairn.integrations.tokens.dto.CreateApiTokenRequest;
import app.cairn.integrations.tokens.dto.CreatedApiTokenResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/service-accounts")
@Tag(
        name = "Service accounts",
        description = "Organization-level identities for integrations, with their tokens (admin)")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMIN")
@TokensRefused("Manage service accounts while signed in as an admin: a token cannot mint tokens.")
public class ServiceAccountResource {

    private final ServiceAccountService service;
    private final TokenManagement tokens;
    private final CurrentUser currentUser;

    public ServiceAccountResource(ServiceAccountService service, TokenManagement tokens, CurrentUser currentUser) {
        this.service = service;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(
            operationId = "listServiceAccounts",
            description = "Lists the organization's service accounts. Admins only.",
            summary = "List service accounts (admin)")
    @APIResponse(responseCode = "200", description = "A page of service accounts")
    public PageResponse<ServiceAccountResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @POST
    @Operation(
            operationId = "createServiceAccount",
            description =
                    "Creates a service account: a non-person identity for integrations, with a role and scopes. Admins only.",
            summary = "Create a service account (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceAccountResponse.class)))
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") ServiceAccountRequest request, UriInfo uri) {
        ServiceAccountResponse created = service.create(request);
        return Created.at(uri, "service-accounts/{id}", created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getServiceAccount",
            description = "Reads a service account. Admins only.",
            summary = "Read a service account (admin)")
    @APIResponse(responseCode = "200", description = "The service account")
    public ServiceAccountResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateServiceAccount",
            description =
                    "Renames a service account or changes its role and scopes. Admins only; send the version you loaded.",
            summary = "Rename, re-scope or change the role of a service account (admin)")
    @APIResponse(responseCode = "200", description = "The updated service account")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ServiceAccountResponse update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ServiceAccountRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deactivateServiceAccount",
            description = "Deactivates a service account and revokes all its tokens. Admins only.",
            summary = "Deactivate a service account and revoke its tokens (admin)")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }

    @GET
    @Path("/{id}/tokens")
    @Operation(
            operationId = "listServiceAccountTokens",
            description = "Lists a service account's tokens, never their secrets. Admins only.",
            summary = "List a service account's tokens (admin)")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    public PageResponse<ApiTokenResponse> tokens(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return tokens.list(service.tokenOwner(id, false), page);
    }

    @POST
    @Path("/{id}/tokens")
    @Operation(
            operationId = "createServiceAccountToken",
            description =
                    "Creates a token acting as a service account; its secret is in this answer only. Admins only.",
            summary = "Create a token for a service account; its secret is in this answer only (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created: the secret is shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedApiTokenResponse.class)))
    @APIResponse(responseCode = "409", description = "The service account is deactivated")
    public Response createToken(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CreateApiTokenRequest request,
            UriInfo uri) {
        CreatedApiTokenResponse created = tokens.create(service.tokenOwner(id, true), currentUser.id(), request);
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("service-accounts/{id}/tokens/{tokenId}")
                        .build(id, created.token().id()),
                created);
    }

    @DELETE
    @Path("/{id}/tokens/{tokenId}")
    @Operation(
            operationId = "revokeServiceAccountToken",
            description = "Revokes one of a service account's tokens: it stops working at once. Admins only.",
            summary = "Revoke a service account's token (admin)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeToken(@PathParam("id") UUID id, @PathParam("tokenId") UUID tokenId) {
        tokens.revoke(service.tokenOwner(id, false), tokenId);
    }
}
