package app.cairn.checkins;

import app.cairn.checkins.dto.CheckInResponse;
import app.cairn.checkins.dto.KeyResultCheckInRequest;
import app.cairn.checkins.dto.ObjectiveCheckInRequest;
import app.cairn.checkins.dto.ProgressSeries;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("")
@Tag(name = "Check-ins", description = "Progress updates: the performance history")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.CHECK_INS)
public class CheckInResource {

    private final CheckInService service;

    public CheckInResource(CheckInService service) {
        this.service = service;
    }

    @POST
    @Path("/objectives/{id}/check-ins")
    @Operation(
            operationId = "checkInObjective",
            description =
                    "Records progress, health, confidence and a comment on an objective; the change rolls up to its parents. Whoever may edit the objective.",
            summary = "Check in on an objective: progress, health, confidence, comment")
    @APIResponse(
            responseCode = "201",
            description = "The check-in, with the objective's new progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "409", description = "The objective is completed, cancelled or archived")
    public Response checkInObjective(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ObjectiveCheckInRequest request,
            UriInfo uri) {
        return listed(uri, service.checkInObjective(id, request));
    }

    @POST
    @Path("/key-results/{id}/check-ins")
    @Operation(
            operationId = "checkInKeyResult",
            description =
                    "Records a key result's new value with health, confidence and a comment; progress rolls up to the objective and its parents. Whoever may edit the objective.",
            summary = "Check in on a key result with its new value")
    @APIResponse(
            responseCode = "201",
            description = "The check-in, with the objective's new progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "409", description = "The objective is completed, cancelled or archived")
    public Response checkInKeyResult(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") KeyResultCheckInRequest request,
            UriInfo uri) {
        return listed(uri, service.checkInKeyResult(id, request));
    }

    /** A check-in has no address of its own: Location is its objective's check-in list, newest first. */
    private static Response listed(UriInfo uri, CheckInResponse checkIn) {
        return Created.at(
                uri.getBaseUriBuilder().path("objectives/{id}/check-ins").build(checkIn.objectiveId()), checkIn);
    }

    @GET
    @Path("/objectives/{id}/check-ins")
    @Operation(
            operationId = "listCheckIns",
            description =
                    "Lists the check-ins on an objective and on its key results, newest first: the objective's performance history. Anyone who may see the objective.",
            summary = "An objective's check-ins and its key results', newest first")
    @APIResponse(responseCode = "200", description = "A page of check-ins")
    public PageResponse<CheckInResponse> list(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.list(id, page);
    }

    @GET
    @Path("/objectives/{id}/progress-series")
    @Operation(
            operationId = "getProgressSeries",
            description =
                    "Lists an objective's progress over time (one point per check-in or roll-up change) for a chart. Anyone who may see the objective.",
            summary = "An objective's progress over time, for a chart")
    @APIResponse(responseCode = "200", description = "Points, oldest first")
    public ProgressSeries series(@PathParam("id") UUID id) {
        return service.series(id);
    }
}
