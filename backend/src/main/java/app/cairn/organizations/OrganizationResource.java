package app.cairn.organizations;

import app.cairn.common.web.Created;
import app.cairn.organizations.dto.SignUpRequest;
import app.cairn.organizations.dto.SignUpResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/organizations")
@Tag(name = "Organizations", description = "Public sign-up of a new organization, and its settings")
public class OrganizationResource {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "signUp",
            summary = "Create an organization and its first admin",
            description = "Public; the server operator can switch it off (CAIRN_SIGNUP_ENABLED=false), then 403."
                    + " The admin gets an e-mail with a link to confirm their email (`verifyEmail`) and can sign in"
                    + " only after that. The password is 12 to 128 characters and not easy to guess.")
    @APIResponse(
            responseCode = "201",
            description = "Created; the admin confirms their email, then signs in",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignUpResponse.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "403", description = "Sign-up is switched off on this server")
    public Response signUp(@Valid @NotNull(message = "a JSON body is required") SignUpRequest request, UriInfo uri) {
        SignUpResponse created = service.signUp(request);
        return Created.at(uri, "people/{id}", created.admin().id(), created);
    }
}
