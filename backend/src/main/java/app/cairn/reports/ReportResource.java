package app.cairn.reports;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.CsvCells;
import app.cairn.common.web.Dates;
import app.cairn.common.web.Ids;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.reports.dto.ReportInfo;
import app.cairn.reports.dto.ReportResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Tag(name = "Reports", description = "Trends over the caller's organization, as JSON or CSV")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.REPORTS)
public class ReportResource {

    private static final String CSV = "text/csv";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listAvailableReports",
            summary = "The reports the caller may open",
            description = "Managers and admins get every report; anyone else an empty list.")
    @APIResponse(responseCode = "200", description = "The reports")
    public List<ReportInfo> list() {
        return service.list();
    }

    @GET
    @Path("/{report}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            operationId = "getReport",
            summary = "One report: a page of its table, its chart and figures; or all rows as CSV",
            description = "Managers see themselves and everyone below them; admins the whole organization;"
                    + " others get 403. With `Accept: text/csv` or `format=csv` the whole table streams as"
                    + " RFC 4180 CSV (UTF-8, header row, ISO dates), the same columns as the JSON table.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ReportResponse.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "403", description = "The caller has nobody below them and is not an admin")
    @APIResponse(responseCode = "404", description = "Unknown report, or a team, manager or period outside the scope")
    public Response get(
            @Context HttpHeaders headers,
            @Parameter(
                            description = "The report",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "objective-progress",
                                                "health",
                                                "alignment-coverage",
                                                "check-in-activity",
                                                "one-to-one-cadence",
                                                "review-completion",
                                                "rating-distribution",
                                                "feedback-volume"
                                            }))
                    @PathParam("report")
                    String report,
            @Parameter(description = "A period: its dates are the range unless from/to are given")
                    @QueryParam("periodId")
                    String periodId,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            description =
                                    "First day (ISO date, in the organization's time zone); default 13 weeks before `to`")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            description =
                                    "Last day, inclusive (ISO date, in the organization's time zone); default today; at most 2 years after from")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Only members of this team") @QueryParam("teamId") String teamId,
            @Parameter(description = "Only this manager and everyone below them") @QueryParam("managerId")
                    String managerId,
            @Parameter(
                            schema = @Schema(implementation = ObjectiveLevel.class),
                            description = "Only objectives of this level (COMPANY, TEAM, INDIVIDUAL)")
                    @QueryParam("level")
                    String level,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"team", "level", "manager"},
                                            defaultValue = "team"),
                            description = "Group by team (default), level or manager, where the report groups")
                    @QueryParam("groupBy")
                    String groupBy,
            @Parameter(
                            description =
                                    "An item list of the report instead of its main table (see `lists`): health `at-risk`,"
                                            + " `stale`; check-in-activity `without-check-ins`; one-to-one-cadence `overdue`")
                    @QueryParam("list")
                    String list,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json"}),
                            description = "`csv` for the CSV export")
                    @QueryParam("format")
                    String format,
            @Parameter(description = "Table page, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Table page size, 1 to 500") @QueryParam("size") @DefaultValue("100") int size) {
        ReportFilter filter = new ReportFilter(
                Ids.parseOptional("periodId", periodId),
                Dates.parseOptional("from", from),
                Dates.parseOptional("to", to),
                Ids.parseOptional("teamId", teamId),
                Ids.parseOptional("managerId", managerId),
                level == null || level.isBlank() ? null : level,
                groupBy == null || groupBy.isBlank() ? null : groupBy);
        String itemList = list == null || list.isBlank() ? null : list.trim();
        if (CsvCells.requested(headers, format)) {
            return Response.ok(service.csv(report, filter, itemList), CSV + "; charset=UTF-8")
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"" + service.filename(report, filter, itemList) + "\"")
                    .build();
        }
        if (page < 0 || page > 1_000_000) {
            throw ApiException.invalid("page", "must be between 0 and 1000000");
        }
        if (size < 1 || size > 500) {
            throw ApiException.invalid("size", "must be between 1 and 500");
        }
        return Response.ok(service.get(report, filter, itemList, page, size), MediaType.APPLICATION_JSON)
                .build();
    }
}
