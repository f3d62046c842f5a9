package app.cairn.teams;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.teams.dto.TeamRequest;
import app.cairn.teams.dto.TeamResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

@Path("/teams")
@Tag(name = "Teams", description = "Teams and their hierarchy")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.PEOPLE)
public class TeamResource {

    private final TeamService service;

    public TeamResource(TeamService service) {
        this.service = service;
    }

    @GET
    @SortFields({"name", "createdAt"})
    @Operation(
            operationId = "listTeams",
            description =
                    "Lists the organization's teams, with their parent, lead and member count. Any signed-in person.",
            summary = "List teams")
    @APIResponse(responseCode = "200", description = "A page of teams")
    public PageResponse<TeamResponse> list(
            @Parameter(description = "Text in the team name") @QueryParam("q") String q,
            @Valid @BeanParam PageQuery page) {
        return service.list(q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeam", description = "Reads one team. Any signed-in person.", summary = "Read a team")
    @APIResponse(responseCode = "200", description = "The team")
    public TeamResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "createTeam",
            description = "Creates a team, optionally below a parent team and with a lead. Admins only.",
            summary = "Create a team (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new team",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(@Valid @NotNull(message = "a JSON body is required") TeamRequest request, UriInfo uri) {
        TeamResponse created = service.create(request);
        return Created.at(uri, "teams/{id}", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "updateTeam",
            description =
                    "Renames a team, moves it in the tree or changes its lead; a move that would form a cycle is refused. Admins only; send the version you loaded.",
            summary = "Rename a team, move it, or change its lead (admin)")
    @APIResponse(responseCode = "200", description = "The updated team")
    @APIResponse(responseCode = "409", description = "Stale version or name taken")
    public TeamResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") TeamRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "deleteTeam",
            description = "Deletes a team without sub-teams; its members are left without a team. Admins only.",
            summary = "Delete a team without sub-teams; its members keep no team (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The team has sub-teams")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
