package app.cairn.feedback;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.CompanyValueRequest;
import app.cairn.feedback.dto.CompanyValueResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/company-values")
@Tag(name = "Company values", description = "The values feedback and praise are tagged with (admins define them)")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.FEEDBACK)
public class CompanyValueResource {

    private final CompanyValueService values;

    public CompanyValueResource(CompanyValueService values) {
        this.values = values;
    }

    @GET
    @Operation(
            operationId = "listCompanyValues",
            description =
                    "Lists the organization's company values in their display order (archived ones on request). Any signed-in person.",
            summary = "The organization's company values, in order")
    @APIResponse(responseCode = "200", description = "A page of values")
    public PageResponse<CompanyValueResponse> list(
            @Parameter(description = "Include archived values") @QueryParam("includeArchived") @DefaultValue("false")
                    boolean includeArchived,
            @Valid @BeanParam PageQuery page) {
        return values.list(includeArchived, page);
    }

    @POST
    @Operation(
            operationId = "createCompanyValue",
            description = "Defines a new company value that praise can show. Admins only.",
            summary = "Define a company value (admins)")
    @APIResponse(
            responseCode = "201",
            description = "The value; Location names it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CompanyValueResponse.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") CompanyValueRequest request,
            @Context UriInfo uriInfo) {
        CompanyValueResponse created = values.create(request);
        return Created.at(uriInfo, "company-values/{id}", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateCompanyValue",
            description =
                    "Changes a company value's name, description, position or archived flag. Admins only; send the version you loaded.",
            summary = "Change, reorder or archive a value (admins)")
    @APIResponse(responseCode = "200", description = "The value")
    @APIResponse(responseCode = "409", description = "A stale version, or the name is taken")
    public CompanyValueResponse update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CompanyValueRequest request) {
        return values.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteCompanyValue",
            description = "Deletes a company value that no feedback carries (archive it otherwise). Admins only.",
            summary = "Delete a value no feedback carries (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Feedback carries it: archive it instead")
    public void delete(@PathParam("id") UUID id) {
        values.delete(id);
    }
}
