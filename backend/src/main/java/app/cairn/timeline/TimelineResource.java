package app.cairn.timeline;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Dates;
import app.cairn.common.web.Enums;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.timeline.dto.GlanceResponse;
import app.cairn.timeline.dto.TimelineItem;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Performance history", description = "What happened to a person, and their figures at a glance")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.REPORTS)
public class TimelineResource {

    private final TimelineService service;

    public TimelineResource(TimelineService service) {
        this.service = service;
    }

    @GET
    @Path("/people/{id}/timeline")
    @Operation(
            operationId = "getTimeline",
            summary = "A person's performance history, newest first",
            description = "Open to the person, everyone above them in the reporting line, and admins (others: 404)."
                    + " Each item keeps its own visibility: sessions only with the caller as participant (admins:"
                    + " that it happened), reviews once shared to those who may read them, feedback text only to"
                    + " those who may read it.")
    @APIResponse(responseCode = "200", description = "A page of timeline items")
    @APIResponse(responseCode = "404", description = "No such person, or the caller may not see their history")
    public PageResponse<TimelineItem> timeline(
            @PathParam("id") UUID id,
            @Parameter(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineKind.class),
                            description = "Only these kinds (repeat or comma-separate)")
                    @QueryParam("kind")
                    List<String> kinds,
            @Parameter(description = "Only what happened within this period") @QueryParam("periodId") String periodId,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            description = "From this day (ISO date, in the organization's time zone)")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            description = "Up to and including this day (ISO date, in the organization's time zone)")
                    @QueryParam("to")
                    String to,
            @Valid @BeanParam PageQuery page) {
        TimelineService.Filter filter = new TimelineService.Filter(
                Enums.parseAll("kind", kinds, TimelineKind.class),
                Ids.parseOptional("periodId", periodId),
                Dates.parseOptional("from", from),
                Dates.parseOptional("to", to));
        return service.timeline(id, filter, page);
    }

    @GET
    @Path("/people/{id}/glance")
    @Operation(
            operationId = "getPerformanceGlance",
            summary = "A person's performance at a glance",
            description = "Objectives completed and average progress per period, ratings of shared reviews per"
                    + " cycle, and 1:1 regularity over the last 180 days, under the timeline's rules.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "404", description = "No such person, or the caller may not see their history")
    public GlanceResponse glance(@PathParam("id") UUID id) {
        return service.glance(id);
    }
}
