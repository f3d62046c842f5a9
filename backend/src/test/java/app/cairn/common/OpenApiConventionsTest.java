package app.cairn.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conventions an integrator relies on, checked over the whole contract (../openapi.yaml, which
 * OpenApiContractTest keeps equal to what the code serves), so that an operation added later keeps them
 * too. Each test lists every offender, with the rule it breaks. docs/api.md describes the conventions.
 */
class OpenApiConventionsTest {

    /** Query parameters that are free text: everything else the server validates carries a type. */
    private static final Set<String> FREE_TEXT = Set.of("q", "action", "resourceType");

    /**
     * Bounded sub-collections and settings answered as plain arrays (docs/api.md, "Lists and pagination"):
     * each is bounded by the resource it belongs to or by the product, never by the data's growth.
     */
    private static final Set<String> PLAIN_ARRAYS = Set.of(
            "listAgendaItems",
            "reorderAgendaItems",
            "listSessionActionItems",
            "listSessionObjectives",
            "linkSessionObjective",
            "listRatingChanges",
            "listReminderRules",
            "listAvailableReports",
            "getNotificationPreferences",
            "updateNotificationPreferences",
            "cascadeObjective",
            "copyObjectives");

    /** Lists whose `page` pages a part of a larger answer (a report's table), not a list of items. */
    private static final Set<String> PAGED_PARTS = Set.of("getReport");

    /** Saves where the first write has no version yet (an upsert): `version` is optional there. */
    private static final Set<String> UPSERTS = Set.of("saveReviewAnswers", "saveSharedNotes", "savePrivateNote");

    private static final Set<String> JAVA_TYPE_NAMES = Set.of(
            "UUID",
            "Instant",
            "LocalDate",
            "LocalDateTime",
            "OffsetDateTime",
            "ZonedDateTime",
            "Duration",
            "BigDecimal",
            "Object",
            "String",
            "Integer",
            "Long",
            "Boolean",
            "Map",
            "List",
            "Set",
            "JsonNode",
            "Response");

    /** Two or more UPPER_CASE words in a description: an enumeration written as prose. */
    private static final Pattern PROSE_ENUM = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b.*\\b[A-Z][A-Z_]{2,}\\b");

    private static JsonNode spec;

    @BeforeAll
    static void read() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("../openapi.yaml")));
    }

    @Test
    void everyOperationHasAnIdAndADescriptionOfItsOwn() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.path("operationId").asText("").isBlank()) {
                problems.add(name + ": no operationId");
            }
            // the token-scope sentence is added for every operation: a description needs more than that
            String description = operation
                    .path("description")
                    .asText("")
                    .replaceAll("API tokens need the scope `[^`]*`\\.", "")
                    .trim();
            if (description.length() < 30) {
                problems.add(name + ": no description saying what it does and who may call it");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCreatedAnswerDeclaresItsLocation() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode created = operation.path("responses").path("201");
            if (!created.isMissingNode()
                    && !created.path("headers")
                            .path("Location")
                            .path("required")
                            .asBoolean(false)) {
                problems.add(name + ": 201 without a required Location header");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyParameterTheServerValidatesIsTyped() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                String param = parameter.path("name").asText();
                JsonNode schema = parameter.path("schema");
                JsonNode scalar = schema.has("items") ? schema.path("items") : schema;
                String where = name + " parameter " + param;
                boolean id = param.equals("id") || param.endsWith("Id") || param.endsWith("Ids");
                if (id && !"uuid".equals(scalar.path("format").asText())) {
                    problems.add(where + ": an id without format uuid");
                }
                if (param.equals("sort") && !scalar.has("enum")) {
                    problems.add(where + ": sort without the enum of its fields");
                }
                boolean plainString = "string".equals(scalar.path("type").asText())
                        && !scalar.has("enum")
                        && !scalar.has("format")
                        && !scalar.has("pattern")
                        && !scalar.has("$ref")
                        && !scalar.has("allOf");
                if (plainString && "query".equals(parameter.path("in").asText()) && !FREE_TEXT.contains(param)) {
                    problems.add(where + ": a plain string (declare its enum, format or pattern)");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void schemasHaveMeaningfulNamesAndEnumsAreDeclared() {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        spec.path("components").path("schemas").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            String name = schema.getKey();
            if (JAVA_TYPE_NAMES.contains(name)) {
                problems.add(name + ": a schema named after a Java type");
            }
            if (name.matches(".*\\d+$")) {
                problems.add(name + ": a numbered duplicate (give the nested record its own @Schema(name))");
            }
            List<String> required = new ArrayList<>();
            schema.getValue().path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> props =
                            schema.getValue().path("properties").fields();
                    props.hasNext(); ) {
                Map.Entry<String, JsonNode> property = props.next();
                JsonNode value = property.getValue();
                String where = name + "." + property.getKey();
                if (!required.contains(property.getKey())
                        && !value.path("nullable").asBoolean(false)) {
                    problems.add(where + ": may be absent or null but is not declared nullable");
                }
                if ("string".equals(value.path("type").asText())
                        && !value.has("enum")
                        && !value.has("format")
                        && !value.has("allOf")
                        && PROSE_ENUM
                                .matcher(value.path("description").asText(""))
                                .find()) {
                    problems.add(where + ": lists its values in prose; declare an enum");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void listsArePagesExceptTheDocumentedBoundedOnes() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            String id = operation.path("operationId").asText();
            for (Iterator<Map.Entry<String, JsonNode>> codes =
                            operation.path("responses").fields();
                    codes.hasNext(); ) {
                Map.Entry<String, JsonNode> code = codes.next();
                if (!code.getKey().startsWith("2")) {
                    continue;
                }
                JsonNode schema =
                        code.getValue().path("content").path("application/json").path("schema");
                if ("array".equals(schema.path("type").asText()) && !PLAIN_ARRAYS.contains(id)) {
                    problems.add(name + ": answers a plain array; answer {items, page, size, total}");
                }
            }
            if (operation.path("parameters").findValuesAsText("name").contains("page") && !PAGED_PARTS.contains(id)) {
                JsonNode ok = operation
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                String ref = ok.path("$ref").asText("");
                JsonNode page = ref.isEmpty() ? ok : schema(ref);
                for (String member : List.of("items", "page", "size", "total")) {
                    if (!page.path("properties").has(member)) {
                        problems.add(name + ": takes `page` but its answer has no `" + member + "`");
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void updatesRequireTheVersionTheyLoaded() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!name.startsWith("PUT ") && !name.startsWith("PATCH ")) {
                return;
            }
            String ref = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText("");
            if (ref.isEmpty()) {
                return;
            }
            JsonNode body = schema(ref);
            boolean versioned = body.path("properties").has("version");
            boolean required = false;
            for (JsonNode r : body.path("required")) {
                required |= r.asText().equals("version");
            }
            if (versioned
                    && !required
                    && !UPSERTS.contains(operation.path("operationId").asText())) {
                problems.add(name + ": `version` is optional in " + ref + " (split create and update bodies)");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDocumentNamesItsServerAndPublicOperationsSaySo() {
        assertTrue(spec.path("servers").size() > 0, "no servers entry");
        assertTrue(!spec.path("info").path("license").path("name").asText("").isBlank(), "no info.license");
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!operation.has("security")) {
                problems.add(name + ": no security requirement (public operations say `security: []`)");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static JsonNode schema(String ref) {
        return spec.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static void forEachOperation(BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head").contains(op.getKey())) {
                    check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
    }
}
