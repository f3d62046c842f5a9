package app.cairn.sessions;

import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.Created;
import app.cairn.sessions.dto.CalendarFeedResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/calendar-feed")
@Tag(name = "Calendar feed", description = "A secret, revocable ICS feed URL of the caller's sessions")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokensRefused("Manage the calendar feed URL while signed in: it is a credential of its own.")
public class CalendarFeedResource {

    private final CalendarFeedService service;

    public CalendarFeedResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "getCalendarFeed",
            description =
                    "Says whether the caller has an active calendar feed URL and since when (the URL itself is shown only when created). Any signed-in person.",
            summary = "Whether the caller has an active calendar feed URL")
    @APIResponse(responseCode = "200", description = "The feed's state (never its URL: only a hash is kept)")
    public CalendarFeedResponse get() {
        return service.get();
    }

    @POST
    @Operation(
            operationId = "createCalendarFeed",
            description =
                    "Creates a new secret iCalendar feed URL of the caller's sessions, shown only in this answer; any previous URL stops working. Any signed-in person.",
            summary = "Create a new secret feed URL, shown once; the previous URL stops working")
    @APIResponse(
            responseCode = "201",
            description = "The feed, with its URL",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CalendarFeedResponse.class)))
    public Response create(@Context UriInfo uriInfo) {
        CalendarFeedResponse feed = service.create(token -> uriInfo.getBaseUriBuilder()
                .path("calendar")
                .path(token + ".ics")
                .build()
                .toString());
        return Created.at(uriInfo.getBaseUriBuilder().path("calendar-feed").build(), feed);
    }

    @DELETE
    @Operation(
            operationId = "revokeCalendarFeed",
            description =
                    "Revokes the caller's calendar feed URL: calendar apps subscribed to it get 404 from now on. Any signed-in person, for their own feed.",
            summary = "Revoke the caller's feed URL: it answers 404 from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The caller has no feed")
    public void revoke() {
        service.revoke();
    }
}
