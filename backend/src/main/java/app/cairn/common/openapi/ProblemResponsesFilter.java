package app.cairn.common.openapi;

import app.cairn.common.error.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation shares, so each resource lists only its own:
 * 400 for operations with input, 413/415 for ones with a body, 401/403 for secured ones, 404 for ones that address a resource by
 * id, 500 and 503 (database out of reach, with Retry-After) everywhere. All are application/problem+json.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                document(path, entry.getValue());
            }
        });
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (hasInput) {
            add(responses, "400", "Invalid input: `errors` names each invalid field");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the server accepts");
            add(responses, "415", "The body is not sent as the declared media type");
        }
        if (secured) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The caller's role does not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, in another organization, or not visible to the caller");
        }
        add(responses, "500", "Unexpected error; the detail carries an incident id");
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse(
                    "503",
                    problem("The database is out of reach for a moment: retry after Retry-After seconds")
                            .addHeader(
                                    "Retry-After",
                                    OASFactory.createHeader()
                                            .description("Seconds to wait before retrying")
                                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null
                        || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problem(response.getDescription()).getContent());
                }
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, problem(description));
        }
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
