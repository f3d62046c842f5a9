package app.cairn.reviews;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.reviews.dto.TemplateRequest;
import app.cairn.reviews.dto.TemplateResponse;
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
import jakarta.ws.rs.core.MediaType;
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
@Tag(name = "Review templates", description = "Sections, questions and rating scales of reviews (admins write)")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.REVIEWS)
public class ReviewTemplateResource {

    private final ReviewTemplateService service;

    public ReviewTemplateResource(ReviewTemplateService service) {
        this.service = service;
    }

    @GET
    @Path("/review-templates")
    @SortFields({"name", "updatedAt"})
    @Operation(
            operationId = "listReviewTemplates",
            description = "Lists the organization's review templates. Admins and managers.",
            summary = "List review templates (admins and managers)")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public PageResponse<TemplateResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @POST
    @Path("/review-templates")
    @Operation(
            operationId = "createReviewTemplate",
            description = "Creates a review template: its rating scale and ordered questions. Admins only.",
            summary = "Create a review template (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TemplateResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") TemplateRequest request, UriInfo uri) {
        return created(service.create(request), uri);
    }

    @GET
    @Path("/review-templates/{id}")
    @Operation(
            operationId = "getReviewTemplate",
            description = "Reads a review template with its questions. Admins and managers.",
            summary = "Read a review template (admins and managers)")
    @APIResponse(responseCode = "200", description = "The template")
    public TemplateResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/review-templates/{id}")
    @Operation(
            operationId = "updateReviewTemplate",
            description =
                    "Changes a template that no launched cycle uses (copy it otherwise). Admins only; send the version you loaded.",
            summary = "Change a template not used by a launched cycle (admin); send the version you loaded")
    @APIResponse(responseCode = "200", description = "The updated template")
    @APIResponse(responseCode = "409", description = "Stale version, or used by a launched cycle (copy it instead)")
    public TemplateResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") TemplateRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/review-templates/{id}/copy")
    @Operation(
            operationId = "copyReviewTemplate",
            description =
                    "Copies a template under a new name, e.g. to change one that a launched cycle uses. Admins only.",
            summary = "Copy a template, e.g. to change one in use (admin)")
    @APIResponse(
            responseCode = "201",
            description = "The copy; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TemplateResponse.class)))
    public Response copy(@PathParam("id") UUID id, UriInfo uri) {
        return created(service.copy(id), uri);
    }

    @DELETE
    @Path("/review-templates/{id}")
    @Operation(
            operationId = "deleteReviewTemplate",
            description = "Deletes a template that no cycle uses. Admins only.",
            summary = "Delete a template no cycle uses (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A cycle uses it")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    private static Response created(TemplateResponse template, UriInfo uri) {
        return Created.at(uri, "review-templates/{id}", template.id(), template);
    }
}
