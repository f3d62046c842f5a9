package app.cairn.objectives;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Enums;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.objectives.ObjectiveQueries.Filter;
import app.cairn.objectives.dto.CascadeRequest;
import app.cairn.objectives.dto.CommentRequest;
import app.cairn.objectives.dto.CommentResponse;
import app.cairn.objectives.dto.CopyRequest;
import app.cairn.objectives.dto.ObjectiveRequest;
import app.cairn.objectives.dto.ObjectiveResponse;
import app.cairn.objectives.dto.ObjectiveResponse.Alignment;
import app.cairn.objectives.dto.ObjectiveSummary;
import app.cairn.objectives.dto.ReturnRequest;
import app.cairn.objectives.dto.WorkflowRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Objectives", description = "Objectives, their alignment, workflow and the manager tools")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.OBJECTIVES)
public class ObjectiveResource {

    private static final String BODY = "a JSON body is required";

    private final ObjectiveService service;
    private final ObjectiveWorkflowService workflow;
    private final ObjectivePlanningService planning;
    private final ObjectiveCommentService comments;

    public ObjectiveResource(
            ObjectiveService service,
            ObjectiveWorkflowService workflow,
            ObjectivePlanningService planning,
            ObjectiveCommentService comments) {
        this.workflow = workflow;
        this.planning = planning;
        this.comments = comments;
        this.service = service;
    }

    @GET
    @Path("/objectives")
    @SortFields({"title", "progress", "dueDate", "createdAt", "updatedAt", "lastCheckInAt", "health", "level"})
    @Operation(
            operationId = "listObjectives",
            description =
                    "Lists the objectives the caller may see, filtered by period, owner, team, level, status, health, parent or text. Any signed-in person; private objectives only for their owner, the owner's managers and admins.",
            summary = "List the objectives the caller may see")
    @APIResponse(responseCode = "200", description = "A page of objectives (archived ones only when asked by status)")
    public PageResponse<ObjectiveSummary> list(
            @Parameter(description = "Only this period") @QueryParam("periodId") String periodId,
            @Parameter(description = "Only objectives owned by this person") @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Only this team's objectives") @QueryParam("teamId") String teamId,
            @Parameter(
                            schema = @Schema(implementation = ObjectiveLevel.class),
                            description = "COMPANY, TEAM or INDIVIDUAL")
                    @QueryParam("level")
                    String level,
            @Parameter(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ObjectiveStatus.class),
                            description = "One or more statuses (repeat the parameter)")
                    @QueryParam("status")
                    List<String> status,
            @Parameter(schema = @Schema(implementation = Health.class), description = "ON_TRACK, AT_RISK or OFF_TRACK")
                    @QueryParam("health")
                    String health,
            @Parameter(description = "Only objectives aligned to this one") @QueryParam("parentId") String parentId,
            @Parameter(description = "Only objectives of this person's direct reports") @QueryParam("reportsOf")
                    String reportsOf,
            @Parameter(description = "Text in the title or the owner's name") @QueryParam("q") String q,
            @Valid @BeanParam PageQuery page) {
        Filter filter = new Filter(
                Ids.parseOptional("periodId", periodId),
                Ids.parseOptional("ownerId", ownerId),
                Ids.parseOptional("teamId", teamId),
                Enums.parseOptional("level", level, ObjectiveLevel.class),
                Enums.parseAll("status", status, ObjectiveStatus.class),
                Enums.parseOptional("health", health, Health.class),
                Ids.parseOptional("parentId", parentId),
                Ids.parseOptional("reportsOf", reportsOf),
                q,
                null);
        return service.list(filter, page);
    }

    @POST
    @Path("/objectives")
    @Operation(
            operationId = "createObjective",
            description =
                    "Creates an objective as a draft, optionally with key results and aligned to a parent. Anyone for their own objectives; managers for their reports; admins for company objectives.",
            summary = "Create an objective (a draft), optionally with key results")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") ObjectiveRequest request, UriInfo uri) {
        ObjectiveResponse created = service.create(request);
        return Created.at(uri, "objectives/{id}", created.id(), created);
    }

    @GET
    @Path("/objectives/{id}")
    @Operation(
            operationId = "getObjective",
            description =
                    "Reads an objective with its key results, children, alignment path and what the caller may do with it. Anyone who may see it (others: 404).",
            summary = "Read an objective with key results, children, alignment path and permissions")
    @APIResponse(responseCode = "200", description = "The objective")
    public ObjectiveResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/objectives/{id}")
    @Operation(
            operationId = "updateObjective",
            description =
                    "Changes an objective's fields and alignment; a parent that would form a cycle is refused. Its owner, the owner's managers and admins; send the version you loaded.",
            summary = "Change an objective; send the version you loaded")
    @APIResponse(responseCode = "200", description = "The updated objective")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ObjectiveResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ObjectiveRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("/objectives/{id}/alignment")
    @Operation(
            operationId = "getAlignment",
            description =
                    "Lists the path from an objective up to the company goal it serves, company goal first. Anyone who may see the objective.",
            summary = "The path from an objective up to its company goal")
    @APIResponse(responseCode = "200", description = "The path, company goal first")
    public Alignment alignment(@PathParam("id") UUID id) {
        return service.alignment(id);
    }

    @POST
    @Path("/objectives/{id}/propose")
    @Operation(
            operationId = "proposeObjective",
            description =
                    "Proposes a draft to the owner's manager for agreement. The owner; send the version you loaded.",
            summary = "Propose a draft to the manager (owner)")
    @APIResponse(responseCode = "200", description = "Proposed")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, not a draft, already proposed, or the owner agrees it themselves")
    public ObjectiveResponse propose(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.propose(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/approve")
    @Operation(
            operationId = "approveObjective",
            description =
                    "Agrees a proposed draft: it becomes ACTIVE. The owner's managers and admins; send the version you loaded.",
            summary = "Agree a draft: it becomes ACTIVE (manager or admin)")
    @APIResponse(responseCode = "200", description = "Active")
    @APIResponse(responseCode = "409", description = "Stale version, or not a draft")
    public ObjectiveResponse approve(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.approve(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/return")
    @Operation(
            operationId = "returnObjective",
            description =
                    "Returns a proposed draft to its owner with a comment saying what to change. The owner's managers and admins; send the version you loaded.",
            summary = "Return a draft to its owner with a comment (manager or admin)")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", description = "Stale version, or not a draft")
    public ObjectiveResponse returnDraft(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ReturnRequest request) {
        return workflow.returnDraft(id, request.comment(), request.version());
    }

    @POST
    @Path("/objectives/{id}/complete")
    @Operation(
            operationId = "completeObjective",
            description = "Marks an active objective completed. Whoever may edit it; send the version you loaded.",
            summary = "Mark an active objective completed")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "409", description = "Stale version, or not active")
    public ObjectiveResponse complete(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.complete(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/cancel")
    @Operation(
            operationId = "cancelObjective",
            description =
                    "Cancels a draft or active objective; it stops counting in its parent's progress. Whoever may edit it; send the version you loaded.",
            summary = "Cancel a draft or active objective")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Stale version, or already ended")
    public ObjectiveResponse cancel(@PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.cancel(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/archive")
    @Operation(
            operationId = "archiveObjective",
            description =
                    "Archives an objective: it leaves lists and the cascade, its history stays. Whoever may edit it; send the version you loaded.",
            summary = "Archive an objective; its history stays")
    @APIResponse(responseCode = "200", description = "Archived")
    @APIResponse(responseCode = "409", description = "Stale version, or already archived")
    public ObjectiveResponse archive(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.archive(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/reopen")
    @Operation(
            operationId = "reopenObjective",
            description =
                    "Reopens a completed or cancelled objective: it becomes ACTIVE again. The owner's managers and admins; send the version you loaded.",
            summary = "Reopen a completed or cancelled objective: it becomes ACTIVE (owner's manager or admin)")
    @APIResponse(responseCode = "200", description = "Active again; its check-ins and history stay")
    @APIResponse(responseCode = "409", description = "Stale version, or not completed or cancelled")
    public ObjectiveResponse reopen(@PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.reopen(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/unarchive")
    @Operation(
            operationId = "unarchiveObjective",
            description =
                    "Brings an archived objective back to the status it had before archiving. The owner's managers and admins; send the version you loaded.",
            summary = "Bring an archived objective back to its status before archiving (owner's manager or admin)")
    @APIResponse(responseCode = "200", description = "Back in its former status; its history stays")
    @APIResponse(responseCode = "409", description = "Stale version, or not archived")
    public ObjectiveResponse unarchive(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) WorkflowRequest request) {
        return workflow.unarchive(id, request.version());
    }

    @POST
    @Path("/objectives/{id}/cascade")
    @Operation(
            operationId = "cascadeObjective",
            description =
                    "Creates one aligned draft below this objective for each person named, owned by them. Managers (for their reports) and admins; anyone else gets 403.",
            summary = "Create an aligned draft objective for each of several reports (manager or admin)")
    @APIResponse(
            responseCode = "201",
            description = "The created objectives",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ObjectiveSummary.class)))
    @APIResponse(responseCode = "409", description = "The source objective has ended")
    public Response cascade(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CascadeRequest request,
            UriInfo uri) {
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("objectives")
                        .queryParam("parentId", id)
                        .build(),
                planning.cascade(id, request));
    }

    @POST
    @Path("/objectives/copy")
    @Operation(
            operationId = "copyObjectives",
            description =
                    "Copies objectives into another period as drafts, key results reset to their start values. Anyone, for objectives they may see and may write for (their own, their reports', company ones for admins).",
            summary = "Copy objectives into another period as drafts, key results reset to their start")
    @APIResponse(
            responseCode = "201",
            description = "The created objectives",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ObjectiveSummary.class)))
    public Response copy(@Valid @NotNull(message = "a JSON body is required") CopyRequest request, UriInfo uri) {
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("objectives")
                        .queryParam("periodId", request.periodId())
                        .build(),
                planning.copy(request));
    }

    @GET
    @Path("/objectives/{id}/comments")
    @Operation(
            operationId = "listObjectiveComments",
            description = "Lists the discussion on an objective, oldest first. Anyone who may see the objective.",
            summary = "An objective's discussion, oldest first")
    @APIResponse(responseCode = "200", description = "A page of comments")
    public PageResponse<CommentResponse> comments(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return comments.comments(id, page);
    }

    @POST
    @Path("/objectives/{id}/comments")
    @Operation(
            operationId = "addObjectiveComment",
            description = "Adds a comment to an objective's discussion. Anyone who may see the objective.",
            summary = "Comment on an objective")
    @APIResponse(
            responseCode = "201",
            description = "The comment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentResponse.class)))
    public Response addComment(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CommentRequest request,
            UriInfo uri) {
        return Created.at(
                uri.getBaseUriBuilder().path("objectives/{id}/comments").build(id), comments.addComment(id, request));
    }
}
