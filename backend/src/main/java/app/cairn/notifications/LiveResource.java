package app.cairn.notifications;

import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokensRefused;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokensRefused("Live events stream to the signed-in app; integrations subscribe to webhooks instead.")
public class LiveResource {

    private final CurrentUser currentUser;
    private final LiveHub hub;

    public LiveResource(CurrentUser currentUser, LiveHub hub) {
        this.currentUser = currentUser;
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = "streamEvents",
            summary = "Live updates for the caller (Server-Sent Events)",
            description = "Events name what changed for the caller, each with an `id`: `notifications` (new or"
                    + " read: refetch the bell and list), `tasks` (refetch the inbox), and `objective.progress` —"
                    + " `{\"topic\", \"objectives\": [{\"id\", \"progress\", \"health\", \"status\"}]}` for"
                    + " objectives whose progress, health or status changed, only those the caller may see (refetch"
                    + " them and the cascade). `ready` opens the stream (its id is the newest event, to reconnect"
                    + " from), `ping` keeps it alive every 20 s. Reconnecting with `Last-Event-ID` replays the"
                    + " caller's events since that one (each instance keeps the last minutes); when it is unknown or"
                    + " too old, `resync` comes first: refetch everything on screen. Send the bearer token in the"
                    + " Authorization header (the SPA reads the stream with fetch).")
    @APIResponse(responseCode = "200", description = "The event stream")
    public void stream(
            @Parameter(
                            description = "The id of the last event received, on reconnecting: the events missed"
                                    + " since are sent first, or `resync` when they are no longer known")
                    @HeaderParam("Last-Event-ID")
                    String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        String from = lastEventId == null || lastEventId.isBlank() ? null : lastEventId.trim();
        hub.open(currentUser.orgId(), currentUser.id(), from, sink, sse);
    }
}
