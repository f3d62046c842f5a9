package app.cairn.people;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.people.dto.BulkPeopleRequest;
import app.cairn.people.dto.BulkPeopleResponse;
import app.cairn.people.dto.PeopleImportResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People administration in bulk: the CSV import and one change for several people. */
@Path("")
@Tag(name = "People", description = "The directory, reporting lines and people administration")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMIN")
@TokenScope(ApiArea.PEOPLE)
public class PeopleAdminResource {

    static final String CSV = "text/csv";

    private final PeopleImportService imports;
    private final PeopleBulkService bulk;

    public PeopleAdminResource(PeopleImportService imports, PeopleBulkService bulk) {
        this.imports = imports;
        this.bulk = bulk;
    }

    @POST
    @Path("/people/import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importPeople",
            summary = "Add and update people from a CSV file (admin)",
            description = "A header row names the columns (any order): `email` and `name` are required; `title`,"
                    + " `team` (a team's name), `manager_email`, `role` (EMPLOYEE or ADMIN) and `time_zone` (IANA)"
                    + " are optional. A person is matched by email: new emails are invited, known ones updated."
                    + " A column left out of the header keeps everyone's value; a blank cell clears it."
                    + " Managers are found in the file (any order) or the directory. With `dryRun=true` nothing is"
                    + " saved and the answer previews every row with its errors. Otherwise the whole file is saved"
                    + " in one transaction, or, when any row has an error, nothing (400 with `errors[].field` like"
                    + " `row 5, manager_email`). Importing the same file again changes nothing. At most 2,000 rows"
                    + " and 1 MiB (413). docs/people-import.md has the format and an example.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "200",
            description = "The preview (dryRun) or what was saved, row by row",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeopleImportResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 1 MiB")
    public PeopleImportResponse importPeople(
            @Parameter(description = "Preview only: validate and report, save nothing") @QueryParam("dryRun")
                    boolean dryRun,
            @Parameter(description = "E-mail an invitation to each new person (default true)")
                    @QueryParam("invite")
                    @DefaultValue("true")
                    boolean invite,
            byte[] body) {
        return dryRun ? imports.preview(body) : imports.importPeople(body, invite);
    }

    @POST
    @Path("/people/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkChangePeople",
            summary = "Change the team, manager or role of several people, or (de)activate them (admin)",
            description = "All of them or none: the rules of a single edit apply (an active manager in the"
                    + " organization, no reporting cycle, at least one active admin, not yourself when"
                    + " deactivating). A person of another organization is not found (404). Each change is"
                    + " audited.")
    @APIResponse(responseCode = "200", description = "Everyone named, as they are now")
    @APIResponse(
            responseCode = "404",
            description = "Someone named is not in the caller's organization (nobody changes)")
    @APIResponse(
            responseCode = "409",
            description = "The last active admin would be lost, or you would deactivate yourself")
    public BulkPeopleResponse bulkChange(
            @Valid @NotNull(message = "a JSON body is required") BulkPeopleRequest request) {
        return bulk.apply(request);
    }
}
