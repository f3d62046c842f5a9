package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.feedback.dto.FeedbackSettingsRequest;
import app.cairn.feedback.dto.FeedbackSettingsResponse;
import app.cairn.feedback.dto.GiveFeedbackRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Feedback", description = "Continuous feedback between people, and the organization's feedback settings")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.FEEDBACK)
public class FeedbackResource {

    private final FeedbackService feedback;
    private final FeedbackSettingsService settings;

    public FeedbackResource(FeedbackService feedback, FeedbackSettingsService settings) {
        this.feedback = feedback;
        this.settings = settings;
    }

    @GET
    @Path("/feedback")
    @Operation(
            operationId = "listFeedback",
            description =
                    "Lists feedback by scope: what the caller received or gave, what their reports received, or everything (admins). Each item shows only what the caller may read.",
            summary = "Feedback the caller received, gave, that their reports received, or all (admins: text only"
                    + " where they may read it)")
    @APIResponse(responseCode = "200", description = "A page of feedback, newest first")
    public PageResponse<FeedbackResponse> list(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"received", "given", "about-my-reports", "all"},
                                            defaultValue = "received"),
                            description = "received (default), given, about-my-reports, or all (admins)")
                    @QueryParam("scope")
                    @DefaultValue("received")
                    String scope,
            @Parameter(description = "Only feedback to this person") @QueryParam("personId") String personId,
            @Valid @BeanParam PageQuery page) {
        FeedbackQueries.Scope parsed = switch (scope.trim().toLowerCase(Locale.ROOT)) {
            case "received" -> FeedbackQueries.Scope.RECEIVED;
            case "given" -> FeedbackQueries.Scope.GIVEN;
            case "about-my-reports" -> FeedbackQueries.Scope.ABOUT_MY_REPORTS;
            case "all" -> FeedbackQueries.Scope.ALL;
            default -> throw ApiException.invalid("scope", "must be received, given, about-my-reports or all");
        };
        return feedback.list(parsed, Ids.parseOptional("personId", personId), page);
    }

    @POST
    @Path("/feedback")
    @Operation(
            operationId = "giveFeedback",
            description =
                    "Gives private feedback or praise to a person of the organization, optionally linked to an objective or session. Any signed-in person, to anyone but themselves.",
            summary = "Give feedback to someone in your organization")
    @APIResponse(
            responseCode = "201",
            description = "The feedback; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "The recipient, or the request answered, does not exist or is not visible")
    public Response give(
            @Valid @NotNull(message = "a JSON body is required") GiveFeedbackRequest request,
            @Context UriInfo uriInfo) {
        FeedbackResponse created = feedback.give(request);
        return Created.at(uriInfo, "feedback/{id}", created.id(), created);
    }

    @GET
    @Path("/feedback/{id}")
    @Operation(
            operationId = "getFeedback",
            description =
                    "Reads one piece of feedback as the caller may see it. Its giver, its recipient, the recipient's managers and admins, as its visibility allows.",
            summary = "One piece of feedback, as the caller may see it")
    @APIResponse(responseCode = "200", description = "The feedback")
    public FeedbackResponse get(@PathParam("id") UUID id) {
        return feedback.get(id);
    }

    @GET
    @Path("/feedback-settings")
    @Operation(
            operationId = "getFeedbackSettings",
            description =
                    "Reads the organization's feedback settings, which the compose form follows. Any signed-in person.",
            summary = "The visibilities givers may choose, whether public praise is on, and the compose guidance")
    @APIResponse(responseCode = "200", description = "The settings")
    public FeedbackSettingsResponse getSettings() {
        return settings.get();
    }

    @PUT
    @Path("/feedback-settings")
    @Operation(
            operationId = "updateFeedbackSettings",
            description =
                    "Changes the organization's feedback settings: the visibilities givers may choose, public praise, and the compose guidance. Admins only; send the version you loaded.",
            summary = "Change the feedback settings (admins)")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "409", description = "A stale version")
    public FeedbackSettingsResponse updateSettings(
            @Valid @NotNull(message = "a JSON body is required") FeedbackSettingsRequest request) {
        return settings.update(request);
    }
}
