package app.cairn.integrations.audit;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Instants;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditEventRepository.Filter;
import app.cairn.integrations.audit.dto.AuditEventResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    @Operation(
            operationId = "listAuditEvents",
            description =
                    "Searches the organization's audit log (who changed what, when, and through which credential), newest first. Admins only.",
            summary = "Search the audit log, newest first (admin)")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public PageResponse<AuditEventResponse> list(
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
            @Valid @BeanParam PageQuery page) {
        Filter filter = new Filter(
                actorId,
                action,
                resourceType,
                resourceId,
                Instants.parseOptional("from", from),
                Instants.parseOptional("to", to));
        return service.search(filter, page);
    }
}
