package app.cairn.sessions;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public side of the calendar feed: the token in the URL is the credential, no bearer token. */
@Path("/calendar")
@Tag(name = "Calendar feed")
@PermitAll
public class CalendarIcsResource {

    private final CalendarFeedService service;

    public CalendarIcsResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Path("/{token}.ics")
    @Produces("text/calendar")
    @Operation(
            operationId = "getCalendarIcs",
            description =
                    "Serves the sessions of the feed's owner as an iCalendar (text/calendar) feed for calendar apps. Public: the secret token in the URL is the credential.",
            summary = "A person's sessions as an iCalendar feed (subscribe from Google Calendar or Outlook)")
    @APIResponse(
            responseCode = "200",
            description = "The ICS document",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    public Response ics(
            @Parameter(description = "The feed's secret token, from its URL") @PathParam("token") String token,
            @Context UriInfo uriInfo) {
        String base = uriInfo.getBaseUri().toString().replaceFirst("api/v1/?$", "");
        String body = service.ics(token, id -> base + "sessions/" + id);
        return Response.ok(body, "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
