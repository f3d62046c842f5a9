package app.cairn.feedback;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.PromptTemplateRequest;
import app.cairn.feedback.dto.PromptTemplateResponse;
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

@Path("/feedback-prompt-templates")
@Tag(name = "Feedback prompt templates", description = "Prompts for feedback requests and the compose form")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.FEEDBACK)
public class PromptTemplateResource {

    private final PromptTemplateService templates;

    public PromptTemplateResource(PromptTemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(
            operationId = "listFeedbackPromptTemplates",
            description =
                    "Lists the organization's feedback prompt templates, which suggest questions when asking for feedback. Any signed-in person.",
            summary = "The organization's prompt templates")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public PageResponse<PromptTemplateResponse> list(@Valid @BeanParam PageQuery page) {
        return templates.list(page);
    }

    @POST
    @Operation(
            operationId = "createFeedbackPromptTemplate",
            description = "Writes a feedback prompt template for the organization. Admins only.",
            summary = "Write a prompt template (admins)")
    @APIResponse(
            responseCode = "201",
            description = "The template; Location names it",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PromptTemplateResponse.class)))
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") PromptTemplateRequest request,
            @Context UriInfo uriInfo) {
        PromptTemplateResponse created = templates.create(request);
        return Created.at(uriInfo, "feedback-prompt-templates/{id}", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateFeedbackPromptTemplate",
            description = "Changes a feedback prompt template. Admins only; send the version you loaded.",
            summary = "Change a prompt template (admins)")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "409", description = "A stale version")
    public PromptTemplateResponse update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") PromptTemplateRequest request) {
        return templates.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteFeedbackPromptTemplate",
            description = "Deletes a feedback prompt template; requests made with it keep their text. Admins only.",
            summary = "Delete a prompt template (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        templates.delete(id);
    }
}
