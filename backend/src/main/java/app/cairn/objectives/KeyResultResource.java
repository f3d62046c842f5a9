package app.cairn.objectives;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.objectives.dto.KeyResultRequest;
import app.cairn.objectives.dto.KeyResultResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

@Path("")
@Tag(name = "Key results", description = "The measurable results of an objective")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.OBJECTIVES)
public class KeyResultResource {

    private final KeyResultService service;

    public KeyResultResource(KeyResultService service) {
        this.service = service;
    }

    @POST
    @Path("/objectives/{id}/key-results")
    @Operation(
            operationId = "addKeyResult",
            description =
                    "Adds a key result to an objective; the objective's progress now comes from its key results. Whoever may edit the objective.",
            summary = "Add a key result to an objective")
    @APIResponse(
            responseCode = "201",
            description = "The key result",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "409", description = "The objective has ended")
    public Response add(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") KeyResultRequest request,
            UriInfo uri) {
        KeyResultResponse created = service.add(id, request);
        return Created.at(uri, "key-results/{id}", created.id(), created);
    }

    @PUT
    @Path("/key-results/{id}")
    @Operation(
            operationId = "updateKeyResult",
            description =
                    "Changes a key result's title, kind, start, target, unit or weight; the objective's progress is recalculated. Whoever may edit the objective; send the version you loaded.",
            summary = "Change a key result; send the version you loaded")
    @APIResponse(responseCode = "200", description = "The key result")
    @APIResponse(responseCode = "409", description = "Stale version, or the objective has ended")
    public KeyResultResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") KeyResultRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/key-results/{id}")
    @Operation(
            operationId = "deleteKeyResult",
            description =
                    "Removes a key result from its objective; its check-ins stay in the history. Whoever may edit the objective.",
            summary = "Remove a key result (its check-ins stay in the history)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The objective has ended")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
