package app.cairn.people;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.CsvCells;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.people.PersonRepository.Filter;
import app.cairn.people.dto.CreatePersonRequest;
import app.cairn.people.dto.OrgChartResponse;
import app.cairn.people.dto.PersonResponse;
import app.cairn.people.dto.UpdatePersonRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
@Tag(name = "People", description = "The directory, reporting lines and people administration")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.PEOPLE)
public class PersonResource {

    private final PersonService service;
    private final PeopleImportService importService;

    public PersonResource(PersonService service, PeopleImportService importService) {
        this.service = service;
        this.importService = importService;
    }

    @GET
    @Path("/people")
    @SortFields({"name", "email", "title", "team", "createdAt"})
    @Produces({MediaType.APPLICATION_JSON, PeopleAdminResource.CSV})
    @Operation(
            operationId = "listPeople",
            summary = "Search the people directory; with `Accept: text/csv`, export it",
            description = "Searches the people directory by text, team or manager. Any signed-in person; deactivated"
                    + " people only on request. With `Accept: text/csv` (or `format=csv`) everyone matching the"
                    + " filters (not one page) comes as CSV in the columns the import reads, so an exported file"
                    + " imports unchanged; text a spreadsheet would run as a formula is prefixed with an apostrophe."
                    + " The export is for admins.")
    @APIResponse(
            responseCode = "200",
            description = "A page of people, or the CSV file",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageResponsePersonResponse")),
                @Content(mediaType = PeopleAdminResource.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Text in name, email or title") @QueryParam("q") String q,
            @Parameter(description = "Only members of this team") @QueryParam("teamId") String teamId,
            @Parameter(description = "Only direct reports of this person") @QueryParam("managerId") String managerId,
            @Parameter(description = "Include deactivated people") @QueryParam("includeInactive")
                    boolean includeInactive,
            @Parameter(description = "`csv` for the CSV export (as `Accept: text/csv`)") @QueryParam("format")
                    String format,
            @Valid @BeanParam PageQuery page,
            @Context HttpHeaders headers) {
        Filter filter = new Filter(
                q, Ids.parseOptional("teamId", teamId), Ids.parseOptional("managerId", managerId), includeInactive);
        if (CsvCells.requested(headers, format)) {
            return Response.ok(importService.export(filter), PeopleAdminResource.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"people.csv\"")
                    .build();
        }
        return Response.ok(service.list(filter, page), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("/people/{id}")
    @Operation(
            operationId = "getPerson",
            description = "Reads one person of the organization. Any signed-in person.",
            summary = "Read a person")
    @APIResponse(responseCode = "200", description = "The person")
    public PersonResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/people/{id}/reports")
    @SortFields({"name", "email", "title", "team", "createdAt"})
    @Operation(
            operationId = "listReports",
            description = "Lists a person's active direct reports. Any signed-in person.",
            summary = "List a person's direct reports")
    @APIResponse(responseCode = "200", description = "A page of direct reports")
    public PageResponse<PersonResponse> reports(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.reports(id, page);
    }

    @GET
    @Path("/org-chart")
    @Operation(
            operationId = "getOrgChart",
            description =
                    "Lists every active person with their manager and team, to draw the reporting lines. Any signed-in person.",
            summary = "The reporting lines of every active person")
    @APIResponse(responseCode = "200", description = "All active people with their managers")
    public OrgChartResponse orgChart() {
        return service.orgChart();
    }

    @POST
    @Path("/people")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "createPerson",
            summary = "Invite a person (admin)",
            description = "They get an e-mail with a link to choose their password (valid 7 days, CAIRN_LINK_INVITE);"
                    + " `invitationPending` is true until they do.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new person",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "409", description = "The email is already used in this organization")
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") CreatePersonRequest request, UriInfo uri) {
        PersonResponse created = service.create(request);
        return Created.at(uri, "people/{id}", created.id(), created);
    }

    @PUT
    @Path("/people/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "updatePerson",
            description =
                    "Changes a person's name, email, title, team, manager or roles; a manager that would form a reporting cycle is refused. Admins only; send the version you loaded.",
            summary = "Change a person: name, email, title, team, manager, roles (admin)")
    @APIResponse(responseCode = "200", description = "The updated person")
    @APIResponse(responseCode = "409", description = "Stale version, email in use, or the last admin would be lost")
    public PersonResponse update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") UpdatePersonRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/people/{id}/invitation")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "resendInvitation",
            summary = "Send a person's invitation e-mail again (admin)",
            description = "A new link; the previous one stops working.")
    @APIResponse(responseCode = "204", description = "Sent")
    @APIResponse(responseCode = "409", description = "They have set a password already, or are deactivated")
    public Response resendInvitation(@PathParam("id") UUID id) {
        service.resendInvitation(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/people/{id}/deactivate")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "deactivatePerson",
            description =
                    "Deactivates a person: they can no longer sign in and their sessions end; their history stays. Admins only.",
            summary = "Deactivate a person: they can no longer sign in (admin)")
    @APIResponse(responseCode = "200", description = "The deactivated person")
    @APIResponse(responseCode = "409", description = "Yourself, or the last active admin")
    public PersonResponse deactivate(@PathParam("id") UUID id) {
        return service.deactivate(id);
    }

    @POST
    @Path("/people/{id}/reactivate")
    @RolesAllowed("ADMIN")
    @Operation(
            operationId = "reactivatePerson",
            description = "Reactivates a deactivated person so that they can sign in again. Admins only.",
            summary = "Reactivate a deactivated person (admin)")
    @APIResponse(responseCode = "200", description = "The reactivated person")
    public PersonResponse reactivate(@PathParam("id") UUID id) {
        return service.reactivate(id);
    }
}
