package app.cairn.organizations;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.organizations.dto.OrganizationRequest;
import app.cairn.organizations.dto.OrganizationResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/organization")
@Tag(name = "Organizations", description = "Public sign-up of a new organization, and its settings")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.PEOPLE)
public class OrganizationSettingsResource {

    private final OrganizationService service;

    public OrganizationSettingsResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "getOrganization",
            description = "Reads the caller's organization: name, time zone and settings. Any signed-in person.",
            summary = "The caller's organization and its settings")
    @APIResponse(responseCode = "200", description = "The organization")
    public OrganizationResponse get() {
        return service.current();
    }

    @PUT
    @Operation(
            operationId = "updateOrganization",
            description = "Changes the organization's name, time zone and check-in cadence. Admins only; send the"
                    + " version you loaded.",
            summary = "Change the organization's name, time zone and check-in cadence (admin); send the version you"
                    + " loaded")
    @APIResponse(responseCode = "200", description = "The updated organization")
    @APIResponse(responseCode = "409", description = "Stale version")
    public OrganizationResponse update(
            @Valid @NotNull(message = "a JSON body is required") OrganizationRequest request) {
        return service.update(request);
    }
}
