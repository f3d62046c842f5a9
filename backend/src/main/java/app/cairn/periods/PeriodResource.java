package app.cairn.periods;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.periods.dto.PeriodRequest;
import app.cairn.periods.dto.PeriodResponse;
import io.quarkus.security.Authenticated;
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

@Path("/periods")
@Tag(name = "Periods", description = "Time boxes (quarters, years) for objectives and reviews")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.PEOPLE)
public class PeriodResource {

    private final PeriodService service;

    public PeriodResource(PeriodService service) {
        this.service = service;
    }

    @GET
    @SortFields({"startDate", "endDate", "name"})
    @Operation(
            operationId = "listPeriods",
            description =
                    "Lists the organization's periods, newest first unless sorted otherwise. Any signed-in person.",
            summary = "List periods, newest first by default")
    @APIResponse(responseCode = "200", description = "A page of periods")
    public PageResponse<PeriodResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPeriod",
            description = "Reads one period. Any signed-in person.",
            summary = "Read a period")
    @APIResponse(responseCode = "200", description = "The period")
    public PeriodResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "createPeriod",
            description = "Creates a period (a named time box such as a quarter). Admins only.",
            summary = "Create a period (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new period",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeriodResponse.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(@Valid @NotNull(message = "a JSON body is required") PeriodRequest request, UriInfo uri) {
        PeriodResponse created = service.create(request);
        return Created.at(uri, "periods/{id}", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "updatePeriod",
            description = "Renames a period or changes its dates. Admins only; send the version you loaded.",
            summary = "Rename a period or change its dates (admin)")
    @APIResponse(responseCode = "200", description = "The updated period")
    @APIResponse(responseCode = "409", description = "Stale version or name taken")
    public PeriodResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") PeriodRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "deletePeriod",
            description = "Deletes a period that no objective or review cycle uses. Admins only.",
            summary = "Delete a period that nothing uses (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The period is in use")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
