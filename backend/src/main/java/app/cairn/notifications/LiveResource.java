package app.cairn.notifications;

import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokensRefused;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            description = "Events name what changed for the caller — `notifications` (new or read: refetch the"
                    + " bell and list), `tasks` (refetch the inbox) — never content; `ready` opens the stream and"
                    + " `ping` keeps it alive every 20 s. Send the bearer token in the Authorization header (the SPA"
                    + " reads the stream with fetch). After a reconnect, refetch what is on screen.")
    @APIResponse(responseCode = "200", description = "The event stream")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        hub.open(currentUser.id(), sink, sse);
    }
}
