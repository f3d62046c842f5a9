package app.cairn.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks each API exchange of the tests against the committed ../openapi.yaml with Atlassian's
 * swagger-request-validator, and fails the request with a message naming the operation, the field
 * and the problem when the server does something the contract does not say.
 *
 * <ul>
 *   <li>Every response under /api/ must match its operation's declared status, headers, media type
 *       and body schema — including the 4xx answers to deliberately bad input.
 *   <li>A request must match the contract when the server accepted it (status below 400): a server
 *       that accepts what the contract forbids, or the reverse, is a contract bug. Requests the server
 *       refused are bad input on purpose and only their response is checked.
 *   <li>Not checked: paths outside /api/, OPTIONS and HEAD (CORS and the HTTP stack, not the API),
 *       404 for an undeclared path and 405 for an undeclared method (nothing to declare them on).
 * </ul>
 *
 * <p>{@code -Dcontract.validation=report} logs the mismatches to target/contract-violations.txt
 * instead of failing, to see them all in one run.
 */
public final class ContractFilter implements OrderedFilter {

    private static final Path CONTRACT = Path.of("../openapi.yaml");
    private static final Path REPORT = Path.of("target/contract-violations.txt");
    private static final Set<String> UNROUTED = Set.of("validation.request.path.missing");
    private static final Set<String> UNDECLARED_METHOD = Set.of("validation.request.operation.notAllowed");
    private static final boolean REPORT_ONLY =
            "report".equals(System.getProperty("contract.validation", System.getenv("CONTRACT_VALIDATION")));

    private static OpenApiInteractionValidator validator;

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(forValidator(CONTRACT))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    /** Last before sending, so that it sees the Authorization header the auth filter adds. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    /**
     * The contract as the validator understands it. OpenAPI 3.0 writes a nullable reference as
     * {@code type: x, nullable: true, allOf: [$ref]}, which generators read as "the referenced type or null"
     * but the validator's JSON Schema engine rejects for null; it gets the equivalent
     * {@code anyOf: [$ref, null]} instead.
     */
    static String forValidator(Path contract) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(contract));
        rewriteNullableRefs(tree);
        return new ObjectMapper().writeValueAsString(tree);
    }

    private static void rewriteNullableRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean(false)
                    && allOf != null
                    && allOf.size() == 1
                    && allOf.get(0).has("$ref")) {
                ObjectNode onlyNull = object.objectNode().put("nullable", true);
                onlyNull.putArray("enum").addNull();
                object.remove("allOf");
                object.remove("nullable");
                object.remove("type");
                object.putArray("anyOf").add(allOf.get(0)).add(onlyNull);
            }
        }
        node.forEach(ContractFilter::rewriteNullableRefs);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getPath();
        String method = requestSpec.getMethod();
        if (!path.startsWith("/api/") || method.equals("OPTIONS") || method.equals("HEAD")) {
            return response;
        }
        Request request = withBearer(RestAssuredRequest.of(requestSpec), requestSpec);
        int status = response.getStatusCode();
        ValidationReport requestReport = validator().validateRequest(request);
        if (status == 404 && has(requestReport, UNROUTED) || status == 405 && has(requestReport, UNDECLARED_METHOD)) {
            return response;
        }
        List<String> problems = new ArrayList<>();
        if (status < 400) {
            describe(requestReport, "request", problems);
        }
        ValidationReport responseReport = ValidationReport.empty();
        if (!has(requestReport, UNROUTED) && !has(requestReport, UNDECLARED_METHOD)) {
            responseReport = validator().validateResponse(path, request.getMethod(), RestAssuredResponse.of(response));
            describe(responseReport, "response", problems);
        }
        if (!problems.isEmpty()) {
            String message = "The API did not keep the contract (../openapi.yaml): "
                    + operation(requestReport.merge(responseReport), method, path)
                    + " answered " + status + "\n  " + String.join("\n  ", problems);
            if (!REPORT_ONLY) {
                throw new AssertionError(message);
            }
            try {
                Files.writeString(
                        REPORT,
                        message + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response;
    }

    /**
     * RestAssured adds {@code auth().oauth2(token)}'s header after all filters ran; the validator needs
     * to see it to check the operation's security requirement.
     */
    private static Request withBearer(Request request, FilterableRequestSpecification spec) {
        if (!(spec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth)
                || oauth.getAccessToken() == null
                || request.getHeaderValue("Authorization").isPresent()) {
            return request;
        }
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        headers.put("Authorization", List.of("Bearer " + oauth.getAccessToken()));
        return new Request() {
            @Override
            public String getPath() {
                return request.getPath();
            }

            @Override
            public Method getMethod() {
                return request.getMethod();
            }

            @Override
            public Optional<String> getBody() {
                return request.getBody();
            }

            @Override
            public Optional<Body> getRequestBody() {
                return request.getRequestBody();
            }

            @Override
            public Collection<String> getQueryParameters() {
                return request.getQueryParameters();
            }

            @Override
            public Collection<String> getQueryParameterValues(String name) {
                return request.getQueryParameterValues(name);
            }

            @Override
            public Map<String, Collection<String>> getHeaders() {
                return headers;
            }

            @Override
            public Collection<String> getHeaderValues(String name) {
                return headers.getOrDefault(name, List.of());
            }
        };
    }

    private static boolean has(ValidationReport report, Set<String> keys) {
        return report.getMessages().stream().anyMatch(m -> keys.contains(m.getKey()));
    }

    private static String operation(ValidationReport report, String method, String path) {
        String id = report.getMessages().stream()
                .flatMap(m -> m.getContext().flatMap(ValidationReport.MessageContext::getApiOperation).stream())
                .map(op -> op.getOperation().getOperationId() + " (" + op.getMethod() + " "
                        + op.getApiPath().original() + ")")
                .findFirst()
                .orElse("");
        return id.isEmpty() ? method + " " + path : id + " at " + path;
    }

    private static void describe(ValidationReport report, String side, List<String> problems) {
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String field = message.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance)
                    .filter(pointer -> !pointer.isEmpty())
                    .map(pointer -> " at " + pointer)
                    .orElse("");
            problems.add(side + field + ": " + message.getMessage().replace('\n', ' ') + " [" + message.getKey() + "]");
            message.getNestedMessages()
                    .forEach(nested ->
                            problems.add("  because " + nested.getMessage().replace('\n', ' ')));
        }
    }
}
