package app.cairn.feedback;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Enums;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.feedback.dto.GivePraiseRequest;
import app.cairn.feedback.dto.ReactionRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/praise")
@Tag(name = "Praise", description = "Public praise with company values and reactions")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.FEEDBACK)
public class PraiseResource {

    private final PraiseService praise;

    public PraiseResource(PraiseService praise) {
        this.praise = praise;
    }

    @GET
    @Operation(
            operationId = "listPraise",
            description =
                    "Lists the public praise wall, newest first, filtered by person, team or company value. Any signed-in person; 403 when public praise is switched off.",
            summary = "The praise wall, newest first; 403 when public praise is off")
    @APIResponse(responseCode = "200", description = "A page of praise")
    @APIResponse(responseCode = "403", description = "Public praise is switched off")
    public PageResponse<FeedbackResponse> wall(
            @Parameter(description = "Only praise for this person") @QueryParam("personId") String personId,
            @Parameter(description = "Only praise for people in this team or its sub-teams") @QueryParam("teamId")
                    String teamId,
            @Parameter(description = "Only praise showing this company value") @QueryParam("valueId") String valueId,
            @Valid @BeanParam PageQuery page) {
        return praise.wall(
                new FeedbackQueries.WallFilter(
                        Ids.parseOptional("personId", personId),
                        Ids.parseOptional("teamId", teamId),
                        Ids.parseOptional("valueId", valueId)),
                page);
    }

    @POST
    @Operation(
            operationId = "givePraise",
            description =
                    "Praises a person publicly on the wall, optionally with company values. Any signed-in person, to anyone but themselves; 403 when public praise is off.",
            summary = "Praise someone publicly; 403 when public praise is off")
    @APIResponse(
            responseCode = "201",
            description = "The praise; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackResponse.class)))
    @APIResponse(responseCode = "403", description = "Public praise is switched off")
    public Response give(
            @Valid @NotNull(message = "a JSON body is required") GivePraiseRequest request, @Context UriInfo uriInfo) {
        FeedbackResponse created = praise.give(request);
        return Created.at(uriInfo, "feedback/{id}", created.id(), created);
    }

    @POST
    @Path("/{id}/reactions")
    @Operation(
            operationId = "reactToPraise",
            description =
                    "Adds the caller's reaction of one kind to a piece of praise (once per kind). Any signed-in person.",
            summary = "Add the caller's reaction (once per kind)")
    @APIResponse(responseCode = "200", description = "The praise with its reactions")
    public FeedbackResponse react(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ReactionRequest request) {
        return praise.react(id, request.reaction());
    }

    @DELETE
    @Path("/{id}/reactions/{reaction}")
    @Operation(
            operationId = "removePraiseReaction",
            description =
                    "Removes the caller's reaction of one kind from a piece of praise. Any signed-in person, for their own reaction.",
            summary = "Remove the caller's reaction")
    @APIResponse(responseCode = "200", description = "The praise with its reactions")
    public FeedbackResponse unreact(
            @PathParam("id") UUID id,
            @Parameter(
                            schema = @Schema(implementation = Reaction.class),
                            description = "CLAP, CELEBRATE, HEART, INSPIRED or THANKS")
                    @PathParam("reaction")
                    String reaction) {
        return praise.unreact(id, Enums.parseOptional("reaction", reaction, Reaction.class));
    }
}
