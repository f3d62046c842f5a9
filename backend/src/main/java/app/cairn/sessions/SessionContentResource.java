package app.cairn.sessions;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.sessions.dto.ActionItemRequest;
import app.cairn.sessions.dto.ActionItemResponse;
import app.cairn.sessions.dto.AgendaItemRequest;
import app.cairn.sessions.dto.AgendaItemResponse;
import app.cairn.sessions.dto.LinkObjectiveRequest;
import app.cairn.sessions.dto.LinkedObjective;
import app.cairn.sessions.dto.NotesRequest;
import app.cairn.sessions.dto.NotesResponse;
import app.cairn.sessions.dto.ReorderAgendaRequest;
import app.cairn.sessions.dto.UpdateActionItemRequest;
import app.cairn.sessions.dto.UpdateAgendaItemRequest;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(
        name = "Session content",
        description = "A session's shared agenda, shared notes, private notes, action items and objectives:"
                + " participants only")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.SESSIONS)
public class SessionContentResource {

    private static final String LOCKED = "The session is cancelled or its record is locked, or a stale version";

    private final SessionContentService service;

    public SessionContentResource(SessionContentService service) {
        this.service = service;
    }

    @GET
    @Path("/sessions/{id}/agenda-items")
    @Operation(
            operationId = "listAgendaItems",
            description = "Lists a session's shared agenda in order. The session's participants.",
            summary = "The session's shared agenda, in order")
    @APIResponse(responseCode = "200", description = "The agenda items")
    public List<AgendaItemResponse> agenda(@PathParam("id") UUID id) {
        return service.agenda(id);
    }

    @POST
    @Path("/sessions/{id}/agenda-items")
    @Operation(
            operationId = "addAgendaItem",
            description =
                    "Adds an item to the end of a session's shared agenda. The session's participants, while it is not locked.",
            summary = "Add an item to the end of the shared agenda")
    @APIResponse(
            responseCode = "201",
            description = "The agenda item",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AgendaItemResponse.class)))
    @APIResponse(responseCode = "409", description = LOCKED)
    public Response addAgendaItem(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") AgendaItemRequest request,
            UriInfo uri) {
        AgendaItemResponse created = service.addAgendaItem(id, request);
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("sessions/{id}/agenda-items/{itemId}")
                        .build(id, created.id()),
                created);
    }

    @PUT
    @Path("/sessions/{id}/agenda-items/{itemId}")
    @Operation(
            operationId = "updateAgendaItem",
            description =
                    "Edits an agenda item's text (its author) or marks it discussed (either participant). Send the version you loaded.",
            summary = "Edit an agenda item's text (its author) or mark it discussed (either participant)")
    @APIResponse(responseCode = "200", description = "The agenda item")
    @APIResponse(responseCode = "409", description = LOCKED)
    public AgendaItemResponse updateAgendaItem(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @Valid @NotNull(message = "a JSON body is required") UpdateAgendaItemRequest request) {
        return service.updateAgendaItem(id, itemId, request);
    }

    @DELETE
    @Path("/sessions/{id}/agenda-items/{itemId}")
    @Operation(
            operationId = "deleteAgendaItem",
            description = "Removes an agenda item. Its author, while the session is not locked.",
            summary = "Remove an agenda item (its author)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = LOCKED)
    public void deleteAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        service.deleteAgendaItem(id, itemId);
    }

    @POST
    @Path("/sessions/{id}/agenda-items/reorder")
    @Operation(
            operationId = "reorderAgendaItems",
            description =
                    "Puts a session's agenda in a new order (every item's id, once). The session's participants, while it is not locked.",
            summary = "Put the agenda in a new order")
    @APIResponse(responseCode = "200", description = "The agenda items, in their new order")
    @APIResponse(responseCode = "409", description = LOCKED)
    public List<AgendaItemResponse> reorder(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReorderAgendaRequest request) {
        return service.reorder(id, request);
    }

    @GET
    @Path("/sessions/{id}/notes")
    @Operation(
            operationId = "getSharedNotes",
            description = "Reads the notes both participants of a session share. The session's participants.",
            summary = "The notes both participants share")
    @APIResponse(responseCode = "200", description = "The shared notes")
    public NotesResponse sharedNotes(@PathParam("id") UUID id) {
        return service.sharedNotes(id);
    }

    @PUT
    @Path("/sessions/{id}/notes")
    @Operation(
            operationId = "saveSharedNotes",
            description =
                    "Saves a session's shared notes; a save based on an older version than the current one is a 409. The session's participants, while it is not locked.",
            summary = "Save the shared notes")
    @APIResponse(responseCode = "200", description = "The shared notes")
    @APIResponse(responseCode = "409", description = LOCKED)
    public NotesResponse saveSharedNotes(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") NotesRequest request) {
        return service.saveSharedNotes(id, request);
    }

    @GET
    @Path("/sessions/{id}/private-notes")
    @TokensRefused("A 1:1 private note is readable by its author, signed in, only.")
    @Operation(
            operationId = "getPrivateNote",
            description =
                    "Reads the caller's private note on a session: nobody else, admins included, ever sees it. Any participant, for their own note.",
            summary = "The caller's private note on the session: nobody else, admins included, ever sees it")
    @APIResponse(responseCode = "200", description = "The caller's private note (empty when none)")
    public NotesResponse privateNote(@PathParam("id") UUID id) {
        return service.privateNote(id);
    }

    @PUT
    @Path("/sessions/{id}/private-notes")
    @TokensRefused("A 1:1 private note is readable by its author, signed in, only.")
    @Operation(
            operationId = "savePrivateNote",
            description =
                    "Saves the caller's private note on a session. Any participant, for their own note; nobody else ever reads it.",
            summary = "Save the caller's private note on the session")
    @APIResponse(responseCode = "200", description = "The caller's private note")
    @APIResponse(responseCode = "409", description = LOCKED)
    public NotesResponse savePrivateNote(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") NotesRequest request) {
        return service.savePrivateNote(id, request);
    }

    @GET
    @Path("/sessions/{id}/action-items")
    @Operation(
            operationId = "listSessionActionItems",
            description = "Lists a session's action items. The session's participants.",
            summary = "The session's action items")
    @APIResponse(responseCode = "200", description = "The action items")
    public List<ActionItemResponse> actions(@PathParam("id") UUID id) {
        return service.actions(id);
    }

    @POST
    @Path("/sessions/{id}/action-items")
    @Operation(
            operationId = "addActionItem",
            description =
                    "Adds an action item to a session, assigned to one of its participants. The session's participants, while it is not locked.",
            summary = "Add an action item assigned to a participant")
    @APIResponse(
            responseCode = "201",
            description = "The action item",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ActionItemResponse.class)))
    @APIResponse(responseCode = "409", description = LOCKED)
    public Response addAction(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ActionItemRequest request,
            UriInfo uri) {
        ActionItemResponse created = service.addAction(id, request);
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("sessions/{id}/action-items/{itemId}")
                        .build(id, created.id()),
                created);
    }

    @PUT
    @Path("/sessions/{id}/action-items/{itemId}")
    @Operation(
            operationId = "updateActionItem",
            description =
                    "Changes an action item's text, assignee or due date, or marks it done. The session's participants; send the version you loaded.",
            summary = "Change an action item or mark it done")
    @APIResponse(responseCode = "200", description = "The action item")
    @APIResponse(responseCode = "409", description = LOCKED)
    public ActionItemResponse updateAction(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @Valid @NotNull(message = "a JSON body is required") UpdateActionItemRequest request) {
        return service.updateAction(id, itemId, request);
    }

    @DELETE
    @Path("/sessions/{id}/action-items/{itemId}")
    @Operation(
            operationId = "deleteActionItem",
            description = "Removes an action item. Its author, while the session is not locked.",
            summary = "Remove an action item (its author)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = LOCKED)
    public void deleteAction(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        service.deleteAction(id, itemId);
    }

    @GET
    @Path("/action-items")
    @Operation(
            operationId = "listMyActionItems",
            description =
                    "Lists the action items assigned to the caller across all their sessions, open ones first. Any signed-in person; only their own items.",
            summary = "Action items assigned to the caller, open first")
    @APIResponse(responseCode = "200", description = "A page of action items")
    public PageResponse<ActionItemResponse> myActions(
            @Parameter(description = "true: only done ones; false: only open ones") @QueryParam("done") Boolean done,
            @Valid @BeanParam PageQuery page) {
        return service.myActions(done, page);
    }

    @GET
    @Path("/sessions/{id}/objectives")
    @Operation(
            operationId = "listSessionObjectives",
            description =
                    "Lists the objectives linked to a session for discussion, with their live progress and health. The session's participants.",
            summary = "Objectives discussed, with live progress and health")
    @APIResponse(responseCode = "200", description = "The linked objectives the caller may see")
    public List<LinkedObjective> objectives(@PathParam("id") UUID id) {
        return service.linkedObjectives(id);
    }

    @POST
    @Path("/sessions/{id}/objectives")
    @Operation(
            operationId = "linkSessionObjective",
            description =
                    "Links an objective to a session to discuss it. The session's participants, for objectives they may see.",
            summary = "Link an objective to discuss")
    @APIResponse(responseCode = "200", description = "The linked objectives")
    @APIResponse(responseCode = "409", description = LOCKED)
    public List<LinkedObjective> link(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") LinkObjectiveRequest request) {
        return service.linkObjective(id, request.objectiveId());
    }

    @DELETE
    @Path("/sessions/{id}/objectives/{objectiveId}")
    @Operation(
            operationId = "unlinkSessionObjective",
            description = "Unlinks an objective from a session. The session's participants.",
            summary = "Unlink an objective")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "409", description = LOCKED)
    public void unlink(@PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId) {
        service.unlinkObjective(id, objectiveId);
    }
}
