package app.cairn.sessions;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.sessions.dto.AgendaTemplateRequest;
import app.cairn.sessions.dto.AgendaTemplateResponse;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Agenda templates", description = "Agenda items that pre-fill a new session")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.SESSIONS)
public class AgendaTemplateResource {

    private final AgendaTemplateService service;

    public AgendaTemplateResource(AgendaTemplateService service) {
        this.service = service;
    }

    @GET
    @Path("/agenda-templates")
    @Operation(
            operationId = "listAgendaTemplates",
            description =
                    "Lists the agenda templates the caller can start a session from: the organization's standard ones and their own. Any signed-in person.",
            summary = "The organization's standard templates and the caller's own")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public PageResponse<AgendaTemplateResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @POST
    @Path("/agenda-templates")
    @Operation(
            operationId = "createAgendaTemplate",
            description =
                    "Creates an agenda template. Anyone may create their own; only admins create standard templates shared with the whole organization.",
            summary = "Create a template: the caller's own, or a standard one (admins)")
    @APIResponse(
            responseCode = "201",
            description = "The template; Location names it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AgendaTemplateResponse.class)))
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") AgendaTemplateRequest request,
            @Context UriInfo uriInfo) {
        AgendaTemplateResponse template = service.create(request);
        return Created.at(uriInfo, "agenda-templates/{id}", template.id(), template);
    }

    @PUT
    @Path("/agenda-templates/{id}")
    @Operation(
            operationId = "updateAgendaTemplate",
            description =
                    "Replaces a template's name and items. Its owner, or an admin for a standard template; send the version you loaded.",
            summary = "Change a template")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "409", description = "A stale version")
    public AgendaTemplateResponse update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") AgendaTemplateRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/agenda-templates/{id}")
    @Operation(
            operationId = "deleteAgendaTemplate",
            description =
                    "Deletes an agenda template; sessions that used it keep their agendas. Its owner, or an admin for a standard template.",
            summary = "Delete a template")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
