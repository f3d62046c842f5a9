package app.cairn.sessions;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Enums;
import app.cairn.common.web.Ids;
import app.cairn.common.web.Instants;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.sessions.dto.CancelSessionRequest;
import app.cairn.sessions.dto.RescheduleRequest;
import app.cairn.sessions.dto.ScheduleSessionRequest;
import app.cairn.sessions.dto.SessionResponse;
import app.cairn.sessions.dto.SessionSummary;
import app.cairn.sessions.dto.VersionRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
@Tag(name = "Sessions", description = "One-to-ones, check-ins and appraisal meetings: scheduling and their life")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.SESSIONS)
public class SessionResource {

    private final SessionService service;

    public SessionResource(SessionService service) {
        this.service = service;
    }

    @GET
    @Path("/sessions")
    @SortFields({"startsAt", "status"})
    @Operation(
            operationId = "listSessions",
            description =
                    "Lists sessions by participant, kind, time and status. Participants see their own sessions; admins every session in the organization, metadata only.",
            summary = "List sessions: the caller's own; for admins every session in the organization (metadata only)")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public PageResponse<SessionSummary> list(
            @Parameter(description = "Only sessions with this person") @QueryParam("participantId")
                    String participantId,
            @Parameter(
                            schema = @Schema(implementation = SessionKind.class),
                            description = "ONE_TO_ONE, CHECK_IN or APPRAISAL_MEETING")
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SessionStatus.class),
                            description = "One or more statuses (repeat the parameter)")
                    @QueryParam("status")
                    List<String> status,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            description = "Only sessions starting at or after this time (ISO-8601)")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            description = "Only sessions starting before this time (ISO-8601)")
                    @QueryParam("to")
                    String to,
            @Valid @BeanParam PageQuery page) {
        return service.list(
                new SessionService.Filter(
                        Ids.parseOptional("participantId", participantId),
                        Enums.parseOptional("kind", kind, SessionKind.class),
                        Enums.parseAll("status", status, SessionStatus.class),
                        Instants.parseOptional("from", from),
                        Instants.parseOptional("to", to)),
                page);
    }

    @POST
    @Path("/sessions")
    @Operation(
            operationId = "scheduleSession",
            description =
                    "Schedules a session (1:1, check-in or appraisal meeting) between the caller and another person, once or recurring. Any signed-in person; the other participant is notified.",
            summary = "Schedule a session between the caller and another person")
    @APIResponse(
            responseCode = "201",
            description = "The session; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SessionResponse.class)))
    public Response schedule(
            @Valid @NotNull(message = "a JSON body is required") ScheduleSessionRequest request,
            @Context UriInfo uriInfo) {
        SessionResponse session = service.schedule(request);
        return Created.at(uriInfo, "sessions/{id}", session.id(), session);
    }

    @GET
    @Path("/sessions/{id}")
    @Operation(
            operationId = "getSession",
            description =
                    "Reads a session with its agenda, shared notes, action items and objectives. Its participants; admins see the metadata only.",
            summary = "A session with its agenda, shared notes, actions and objectives")
    @APIResponse(
            responseCode = "200",
            description = "The session (metadata only for an admin who is not a participant)")
    public SessionResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/sessions/{id}/reschedule")
    @Operation(
            operationId = "rescheduleSession",
            description =
                    "Moves a scheduled occurrence to a new time, confirming it when it was tentative. Its participants; send the version you loaded.",
            summary = "Move a scheduled occurrence (confirms a tentative one)")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "409", description = "Completed, cancelled, locked, or a stale version")
    public SessionResponse reschedule(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") RescheduleRequest request) {
        return service.reschedule(id, request);
    }

    @POST
    @Path("/sessions/{id}/cancel")
    @Operation(
            operationId = "cancelSession",
            description =
                    "Cancels one occurrence of a session, or a recurring series from it on. Its participants; send the version you loaded.",
            summary = "Cancel one occurrence, or the series from it on")
    @APIResponse(responseCode = "200", description = "The cancelled session")
    @APIResponse(responseCode = "409", description = "Completed, already cancelled, or a stale version")
    public SessionResponse cancel(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CancelSessionRequest request) {
        return service.cancel(id, request);
    }

    @POST
    @Path("/sessions/{id}/complete")
    @Operation(
            operationId = "completeSession",
            description =
                    "Completes a session; the next occurrence takes over undiscussed agenda items and open actions. Its participants; send the version you loaded.",
            summary = "Complete a session; the next occurrence takes over undiscussed items and open actions")
    @APIResponse(responseCode = "200", description = "The completed session (nextId names the next occurrence)")
    @APIResponse(responseCode = "409", description = "Already completed, cancelled, or a stale version")
    public SessionResponse complete(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return service.complete(id, request.version());
    }
}
