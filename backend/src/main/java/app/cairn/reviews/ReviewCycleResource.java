package app.cairn.reviews;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Enums;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.reviews.dto.CalibrationView;
import app.cairn.reviews.dto.CycleProgress;
import app.cairn.reviews.dto.CycleRequest;
import app.cairn.reviews.dto.CycleResponse;
import app.cairn.reviews.dto.VersionRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

@Path("")
@Tag(name = "Review cycles", description = "Appraisal and 360 cycles: prepare, launch, follow, calibrate, close")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.REVIEWS)
public class ReviewCycleResource {

    private final ReviewCycleService service;
    private final RatingService ratings;

    public ReviewCycleResource(ReviewCycleService service, RatingService ratings) {
        this.service = service;
        this.ratings = ratings;
    }

    @GET
    @Path("/review-cycles")
    @SortFields({"name", "createdAt", "selfReviewDue"})
    @Operation(
            operationId = "listReviewCycles",
            description =
                    "Lists the organization's review cycles, newest first, optionally by state. Admins and managers.",
            summary = "List review cycles (admins and managers)")
    @APIResponse(responseCode = "200", description = "A page of cycles, newest first")
    public PageResponse<CycleResponse> list(
            @Parameter(schema = @Schema(implementation = CycleState.class), description = "DRAFT, ACTIVE or CLOSED")
                    @QueryParam("state")
                    String state,
            @Valid @BeanParam PageQuery page) {
        return service.list(Enums.parseOptional("state", state, CycleState.class), page);
    }

    @POST
    @Path("/review-cycles")
    @Operation(
            operationId = "createReviewCycle",
            description =
                    "Prepares a review cycle (appraisal or 360) as a draft with its template, period, participants and deadlines. Admins only.",
            summary = "Prepare a review cycle as a draft (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CycleResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") CycleRequest request, UriInfo uri) {
        CycleResponse created = service.create(request);
        return Created.at(uri, "review-cycles/{id}", created.id(), created);
    }

    @GET
    @Path("/review-cycles/{id}")
    @Operation(
            operationId = "getReviewCycle",
            description = "Reads a review cycle with its template, participants and deadlines. Admins and managers.",
            summary = "Read a review cycle (admins and managers)")
    @APIResponse(responseCode = "200", description = "The cycle")
    public CycleResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/review-cycles/{id}")
    @Operation(
            operationId = "updateReviewCycle",
            description = "Changes a draft review cycle. Admins only; send the version you loaded.",
            summary = "Change a draft cycle (admin); send the version you loaded")
    @APIResponse(responseCode = "200", description = "The updated cycle")
    @APIResponse(responseCode = "409", description = "Stale version, or launched already")
    public CycleResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") CycleRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/review-cycles/{id}")
    @Operation(
            operationId = "deleteReviewCycle",
            description = "Deletes a draft review cycle. Admins only.",
            summary = "Delete a draft cycle (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Launched already")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/review-cycles/{id}/launch")
    @Operation(
            operationId = "launchReviewCycle",
            description =
                    "Launches a draft cycle: one review per participant, and an e-mail to each. Admins only; send the version you loaded.",
            summary = "Launch a draft cycle: one review per participant, and an email to each (admin)")
    @APIResponse(responseCode = "200", description = "The active cycle")
    @APIResponse(responseCode = "409", description = "Stale version, or launched already")
    public CycleResponse launch(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return service.launch(id, request.version());
    }

    @POST
    @Path("/review-cycles/{id}/close")
    @Operation(
            operationId = "closeReviewCycle",
            description =
                    "Closes an active cycle: no more answers are accepted. Admins only; send the version you loaded.",
            summary = "Close an active cycle: no more answers (admin)")
    @APIResponse(responseCode = "200", description = "The closed cycle")
    @APIResponse(responseCode = "409", description = "Stale version, or not active")
    public CycleResponse close(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return service.close(id, request.version());
    }

    @GET
    @Path("/review-cycles/{id}/progress")
    @Operation(
            operationId = "getReviewCycleProgress",
            description = "Counts a cycle's reviews in each state. Admins and managers.",
            summary = "How many reviews of a cycle are in each state")
    @APIResponse(responseCode = "200", description = "Counts per state")
    public CycleProgress progress(@PathParam("id") UUID id) {
        return service.progress(id);
    }

    @GET
    @Path("/review-cycles/{id}/calibration")
    @Operation(
            operationId = "getCalibration",
            description =
                    "Lists a cycle's ratings and their distribution per team and manager, for calibration. Admins, and skip-level managers for their branch.",
            summary =
                    "A cycle's ratings and their distribution per team and manager (admins; skip levels for their branch)")
    @APIResponse(responseCode = "200", description = "The calibration view")
    public CalibrationView calibration(@PathParam("id") UUID id) {
        return ratings.calibration(id);
    }
}
