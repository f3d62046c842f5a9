package app.cairn.cascade;

import app.cairn.cascade.dto.CascadeResponse;
import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Ids;
import app.cairn.common.web.Instants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cascade")
@Tag(name = "Cascade", description = "How every objective connects up to the company goals")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.CASCADE)
public class CascadeResource {

    private final CascadeService service;
    private final ObjectMapper json;

    public CascadeResource(CascadeService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Operation(
            operationId = "getCascade",
            summary = "The objective cascade of a period, now or as of a past moment, with coverage figures",
            description = "Objectives the caller may not see are left out (their subtrees too) but still count in"
                    + " their parents' progress; each node says how many hidden children it has. By default the"
                    + " first levels (depth 3): a client fetches a deeper subtree with rootId when it is opened.")
    @APIResponse(
            responseCode = "200",
            description = "The cascade, with a weak ETag",
            headers =
                    @Header(
                            name = "ETag",
                            required = true,
                            description = "A weak tag of this answer: send it back in If-None-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CascadeResponse.class)))
    @APIResponse(
            responseCode = "304",
            description = "Unchanged since the ETag sent in If-None-Match (no body)",
            headers =
                    @Header(
                            name = "ETag",
                            required = true,
                            description = "The same tag",
                            schema = @Schema(type = SchemaType.STRING)))
    @Parameter(
            name = "If-None-Match",
            in = ParameterIn.HEADER,
            description = "The ETag of a cascade read before: 304 without a body when nothing changed",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "404",
            description = "The period, root objective or team does not exist or is not visible")
    public Response cascade(
            @Context Request http,
            @Parameter(description = "The period (default: the current one)") @QueryParam("periodId") String periodId,
            @Parameter(description = "Show only this objective's subtree (depth counts from it)") @QueryParam("rootId")
                    String rootId,
            @Parameter(description = "Objectives of this team or its members, with their paths up and subtrees down")
                    @QueryParam("teamId")
                    String teamId,
            @Parameter(description = "This person's objectives with their paths up and subtrees down")
                    @QueryParam("personId")
                    String personId,
            @Parameter(
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "50"),
                            description = "Deepest level to return below the roots (0 = roots only; default 3)."
                                    + " Deeper nodes still count in the summary; ask for a subtree with rootId"
                                    + " when a node at the last level is opened.")
                    @QueryParam("depth")
                    String depth,
            @Parameter(
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}-\\d{2}(T\\S+)?$"),
                            description =
                                    "A past date (end of that day, UTC) or date-time: the cascade as it stood then")
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(description = "Add weekly progress points per node (for sparklines)") @QueryParam("series")
                    boolean series) {
        CascadeService.Request request = new CascadeService.Request(
                Ids.parseOptional("periodId", periodId),
                Ids.parseOptional("rootId", rootId),
                Ids.parseOptional("teamId", teamId),
                Ids.parseOptional("personId", personId),
                parseDepth(depth),
                parseAsOf(asOf),
                series);
        EntityTag tag = new EntityTag(service.etag(request), true);
        CacheControl revalidate = new CacheControl();
        revalidate.setPrivate(true);
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = http.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(revalidate).build();
        }
        CascadeAnswer answer = service.cascade(request);
        // Written node by node to the response as the tree is walked, not built as one object first.
        StreamingOutput body = out -> {
            try (JsonGenerator gen = json.createGenerator(out)) {
                answer.write(gen);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .tag(tag)
                .cacheControl(revalidate)
                .build();
    }

    static Integer parseDepth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int depth = Integer.parseInt(value.trim());
            if (depth >= 0 && depth <= 50) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("depth", "must be a whole number between 0 and 50");
    }

    static Instant parseAsOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value)
                        .plusDays(1)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .minusMillis(1);
            }
            return Instants.checked("asOf", Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                    "asOf", "must be a date (2026-10-15) or an ISO-8601 UTC time (2026-10-15T12:00:00Z)");
        }
    }
}
