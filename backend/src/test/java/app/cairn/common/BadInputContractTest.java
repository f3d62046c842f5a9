package app.cairn.common;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.OpenApiSamples;
import app.cairn.support.ReviewApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the served OpenAPI document as a signed-in employee and admin, sending
 * malformed path ids, bad query values (NUL bytes, huge numbers, overflowing pagination) and bodies
 * with each field in turn replaced by a bad value (NUL bytes, oversized strings, huge and tiny
 * numbers, wrong types, far dates). No answer may be a 5xx, and every error is problem+json.
 */
@QuarkusTest
class BadInputContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final List<String> BAD_PATH_VALUES =
            List.of("not-a-uuid", "%00", UUID.randomUUID().toString());
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "a\u0000b", "99999999999999999999", "-1", "not-a-uuid", "+1000000000-01-01T00:00:00Z", "x".repeat(2000));

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void shouldAnswerEveryOperationsBadInputWithout5xx() throws Exception {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        String employee = fixtures.token(org.employee());
        Map<String, String> ids = resources(org, admin, employee);
        JsonNode spec = MAPPER.readTree(
                http.send(request("/q/openapi?format=json", null).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body());
        OpenApiSamples samples = new OpenApiSamples(spec, name -> ids.get(name));

        List<Operation> operations = operations(spec);
        // the employee first: the admin's run deactivates and deletes things
        for (String token : List.of(employee, admin)) {
            for (Operation op : operations) {
                walk(op, token, ids, samples);
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " bad requests were answered badly:\n"
                        + String.join(
                                "\n", failures.stream().distinct().limit(200).toList()));
    }

    /** One operation: its path ids, its query parameters and its body, each made bad in turn. */
    private void walk(Operation op, String token, Map<String, String> ids, OpenApiSamples samples) throws Exception {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Matcher m = PATH_PARAM.matcher(op.path());
        while (m.find()) {
            pathValues.put(m.group(1), idForPath(op.path(), m.group(1), ids));
        }
        JsonNode body = op.bodySchema() == null ? null : samples.sample(op.bodySchema(), "body", 0);
        String goodPath = fill(op.path(), pathValues);

        int base = send(op, token, goodPath, body, "base request");
        for (String param : pathValues.keySet()) {
            for (String bad : BAD_PATH_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(param, bad);
                send(op, token, fill(op.path(), values), body, "path " + param + "=" + shorten(bad));
            }
        }
        for (String param : op.queryParams()) {
            for (String bad : BAD_QUERY_VALUES) {
                send(
                        op,
                        token,
                        goodPath + "?" + param + "=" + encode(bad),
                        body,
                        "query " + param + "=" + shorten(bad));
            }
        }
        if (op.queryParams().contains("page")) {
            for (String page : List.of("107374183", "2147483647")) {
                send(op, token, goodPath + "?page=" + page + "&size=200", body, "page " + page + " × 200");
            }
        }
        if (body != null) {
            for (String raw : List.of("[]", "\"x\"", "null", "{}", "{\"nul\\u0000\":1}", "1e400")) {
                sendRaw(op, token, goodPath, raw, "body " + raw);
            }
            // a caller refused before the body matters adds nothing: the admin's run reads these bodies
            boolean refused = base == 401 || base == 403 || base == 404;
            for (String leaf : refused ? List.<String>of() : OpenApiSamples.leaves(body)) {
                for (JsonNode bad : OpenApiSamples.badValuesFor(body.at(leaf))) {
                    send(
                            op,
                            token,
                            goodPath,
                            OpenApiSamples.replaced(body, leaf, bad),
                            "body " + leaf + "=" + shorten(bad.toString()));
                }
            }
        }
    }

    private int send(Operation op, String token, String path, JsonNode body, String label) throws Exception {
        return sendRaw(op, token, path, body == null ? null : MAPPER.writeValueAsString(body), label);
    }

    private int sendRaw(Operation op, String token, String path, String body, String label) throws Exception {
        HttpRequest.Builder builder = request(path, token);
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(op.method(), publisher);
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(status + " " + op.method() + " " + op.path() + " " + label);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(status + " without problem+json: " + op.method() + " " + op.path() + " " + label);
        }
        return status;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Real resources of a fresh organization, so that requests get past "not found" into the code. */
    private Map<String, String> resources(TestOrg org, String admin, String employee) {
        Map<String, String> ids = new HashMap<>();
        ids.put("periodId", org.period().id.toString());
        ids.put("teamId", org.team().id.toString());
        ids.put("ownerId", org.employee().id.toString());
        ids.put("managerId", org.manager().id.toString());
        ids.put("personId", org.employee().id.toString());
        ids.put("reportId", org.employee().id.toString());
        ids.put("assigneeId", org.employee().id.toString());
        ids.put("participantId", org.employee().id.toString());
        ids.put("peerId", org.peer().id.toString());
        ids.put("reviewee", org.employee().id.toString());

        Map<String, Object> body = with(
                objective("Fuzzed objective", "INDIVIDUAL", org.period().id),
                "keyResults",
                List.of(keyResult("Fuzzed result", "NUMBER", 0, 10, 1)));
        String objectiveId = as(employee)
                .body(body)
                .post("/api/v1/objectives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("objective", objectiveId);
        ids.put("objectiveId", objectiveId);
        ids.put("parentId", objectiveId);
        ids.put(
                "key-result",
                as(employee)
                        .get("/api/v1/objectives/" + objectiveId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("keyResults[0].id"));

        String throwaway = as(admin)
                .body(Map.of("email", "fuzz-" + UUID.randomUUID() + "@test.example", "name", "Fuzz Person"))
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("person", throwaway);
        ids.put(
                "team",
                as(admin)
                        .body(Map.of("name", "Fuzz team " + UUID.randomUUID()))
                        .post("/api/v1/teams")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put("period", org.period().id.toString());

        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(3, ChronoUnit.DAYS);
        Map<String, Object> session = new HashMap<>();
        session.put("kind", "ONE_TO_ONE");
        session.put(
                "participantIds",
                List.of(org.employee().id.toString(), org.manager().id.toString()));
        session.put("startsAt", start.toString());
        session.put("durationMinutes", 30);
        session.put("recurrence", "WEEKLY");
        String sessionId = as(employee)
                .body(session)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("session", sessionId);
        ids.put(
                "agenda-item",
                as(employee)
                        .body(Map.of("title", "Fuzz topic"))
                        .post("/api/v1/sessions/" + sessionId + "/agenda-items")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put(
                "action-item",
                as(employee)
                        .body(Map.of(
                                "title",
                                "Fuzz action",
                                "assigneeId",
                                org.employee().id.toString()))
                        .post("/api/v1/sessions/" + sessionId + "/action-items")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put(
                "agenda-template",
                as(admin)
                        .body(Map.of("name", "Fuzz agenda", "items", List.of("One")))
                        .post("/api/v1/agenda-templates")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));

        Map<String, Object> template = ReviewApi.createTemplate(admin);
        ids.put("review-template", (String) template.get("id"));
        ids.put("templateId", (String) template.get("id"));
        String launched = ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now()));
        ids.put("review", ReviewApi.reviewOf(admin, launched, org.employee().id));
        ids.put("cycleId", launched);
        ids.put(
                "review-cycle",
                as(admin)
                        .body(ReviewApi.cycleBody(
                                "THREE_SIXTY",
                                template.get("id"),
                                org.period().id,
                                List.of(org.peer().id),
                                Instant.now()))
                        .post("/api/v1/review-cycles")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        feedbackResources(org, admin, ids);
        return ids;
    }

    /** Feedback, praise, a request the employee is asked, a company value and a prompt template. */
    private void feedbackResources(TestOrg org, String admin, Map<String, String> ids) {
        String peer = fixtures.token(org.peer());
        ids.put("company-value", created(admin, "/company-values", Map.of("name", "Fuzz value " + UUID.randomUUID())));
        ids.put(
                "feedback-prompt-template",
                created(
                        admin,
                        "/feedback-prompt-templates",
                        Map.of("name", "Fuzz prompt", "prompt", "How did it go?")));
        ids.put(
                "feedback",
                created(
                        peer,
                        "/feedback",
                        Map.of("recipientId", org.employee().id.toString(), "body", "Fuzz", "visibility", "PRIVATE")));
        ids.put(
                "praise",
                created(peer, "/praise", Map.of("recipientId", org.employee().id.toString(), "body", "Fuzz praise")));
        String request = as(peer).body(
                        Map.of("responderIds", List.of(org.employee().id.toString()), "prompt", "How was the launch?"))
                .post("/api/v1/feedback-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("items[0].id");
        ids.put("feedback-request", request);
    }

    private static String created(String token, String path, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1" + path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The real id for a path parameter: `{id}` by the collection before it, `{itemId}` by its list. */
    private static String idForPath(String path, String param, Map<String, String> ids) {
        String before = path.substring(0, path.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        String collection = segments[segments.length - 1];
        String singular = collection.endsWith("ies")
                ? collection.substring(0, collection.length() - 3) + "y"
                : collection.replaceAll("s$", "");
        return switch (param) {
            case "role" -> "SELF";
            case "token" -> "not-a-feed-token";
            case "reaction" -> "CLAP";
            case "reportId" -> ids.get("reportId");
            case "objectiveId" -> ids.get("objectiveId");
            default -> ids.getOrDefault(singular, UUID.randomUUID().toString());
        };
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String value) {
        String printable = value.replace("\u0000", "\\u0000");
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + printable.length() + ")" : printable;
    }

    record Operation(String method, String path, List<String> queryParams, JsonNode bodySchema) {}

    /** Every operation of the document; deletions and deactivations last, so the rest has data to work on. */
    private static List<Operation> operations(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode param : op.getValue().path("parameters")) {
                    if ("query".equals(param.path("in").asText())) {
                        query.add(param.path("name").asText());
                    }
                }
                JsonNode body =
                        op.getValue().path("requestBody").path("content").path("application/json");
                operations.add(
                        new Operation(method, path.getKey(), query, body.isMissingNode() ? null : body.path("schema")));
            }
        }
        operations.sort(Comparator.comparing(
                op -> op.method().equals("DELETE") || op.path().endsWith("/deactivate") ? 1 : 0));
        return operations;
    }
}
