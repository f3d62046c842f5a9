package app.cairn.integrations.audit;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.CsvCells;
import app.cairn.common.web.Instants;
import app.cairn.common.web.PageQuery;
import app.cairn.integrations.audit.AuditEventRepository.Filter;
import app.cairn.integrations.audit.dto.AuditEventPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@Tag(name = "Audit log", description = "Who changed what, when and from where (admin)")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMIN")
@TokenScope(ApiArea.AUDIT)
public class AuditEventResource {

    private final AuditEventService service;

    public AuditEventResource(AuditEventService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvCells.MEDIA_TYPE})
    @Operation(
            operationId = "listAuditEvents",
            summary = "Search the audit log, newest first (admin); or export what the filters match as CSV",
            description = "Searches the organization's audit log (who changed what, when, and through which"
                    + " credential), newest first. Admins only. With `Accept: text/csv` or `format=csv` every event"
                    + " the filters match (not one page) streams as RFC 4180 CSV (UTF-8, header row, times ISO-8601"
                    + " UTC, `changes` as JSON; text a spreadsheet would run as a formula is prefixed with an"
                    + " apostrophe).")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit events, or all of them as CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AuditEventPage.class)),
                @Content(mediaType = CsvCells.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Context HttpHeaders headers,
            @Parameter(description = "The acting person or service account") @QueryParam("actorId") UUID actorId,
            @Parameter(description = "Actions starting with this text, e.g. `person.` or `api_token.created`")
                    @QueryParam("action")
                    @Size(max = 100, message = "must be at most 100 characters")
                    String action,
            @Parameter(description = "The kind of resource, e.g. people, teams, api-tokens")
                    @QueryParam("resourceType")
                    @Size(max = 60, message = "must be at most 60 characters")
                    String resourceType,
            @Parameter(description = "One resource's events") @QueryParam("resourceId") UUID resourceId,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            description = "From this instant (inclusive), ISO-8601")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            description = "Until this instant (exclusive), ISO-8601")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv"}),
                            description = "`csv` for the CSV export of everything the filters match")
                    @QueryParam("format")
                    String format,
            @Valid @BeanParam PageQuery page) {
        Filter filter = new Filter(
                actorId,
                action,
                resourceType,
                resourceId,
                Instants.parseOptional("from", from),
                Instants.parseOptional("to", to));
        if (CsvCells.requested(headers, format)) {
            return Response.ok(service.csv(filter), CsvCells.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + service.filename(filter) + "\"")
                    .build();
        }
        return Response.ok(service.search(filter, page), MediaType.APPLICATION_JSON)
                .build();
    }
}
