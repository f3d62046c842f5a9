package app.cairn.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an OpenAPI document's schemas: builds a plausible value for a schema (so that a request
 * passes the parser and reaches the code behind it) and lists every leaf of a body, so that each
 * leaf can be replaced by a bad value in turn.
 */
public final class OpenApiSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<JsonNode> BAD_TEXT = List.of(
            JSON.textNode("nul\u0000byte"),
            JSON.textNode("x".repeat(10_001)),
            JSON.textNode("not-a-uuid"),
            JSON.textNode("+999999999-12-31"),
            JSON.textNode("+1000000000-01-01T00:00:00Z"),
            JSON.numberNode(new BigDecimal("1e300")),
            JSON.objectNode().put("x", 1));

    private static final List<JsonNode> BAD_NUMBERS = List.of(
            JSON.numberNode(new BigDecimal("1e300")),
            JSON.numberNode(new BigDecimal("-1e300")),
            JSON.numberNode(new BigDecimal("1e14")),
            JSON.numberNode(new BigDecimal("1e-9")),
            JSON.numberNode(new BigInteger("99999999999999999999")),
            JSON.textNode("nul\u0000byte"),
            JSON.booleanNode(true));

    private static final List<JsonNode> BAD_OTHERS = List.of(
            JSON.textNode("nul\u0000byte"),
            JSON.numberNode(new BigDecimal("1e300")),
            JSON.arrayNode().add(1));

    /**
     * Values no field should turn into a 5xx, for a field that now holds `value`: NUL bytes, oversized
     * text, malformed ids, far dates and wrong types for text; huge, tiny and overflowing numbers and
     * wrong types for numbers.
     */
    public static List<JsonNode> badValuesFor(JsonNode value) {
        if (value.isTextual()) {
            return BAD_TEXT;
        }
        if (value.isNumber()) {
            return BAD_NUMBERS;
        }
        return BAD_OTHERS;
    }

    private final JsonNode spec;
    private final Function<String, String> idFor;

    /** `idFor` names a real id for a property (`periodId`, `ownerId`…), or null for a random one. */
    public OpenApiSamples(JsonNode spec, Function<String, String> idFor) {
        this.spec = spec;
        this.idFor = idFor;
    }

    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 20 && current.has("$ref") && !current.has("properties"); i++) {
            String ref = current.get("$ref").asText();
            JsonNode target = spec.at(ref.substring(1));
            if (target.isMissingNode()) {
                break;
            }
            // a $ref with siblings (`type`, `description`): the target's shape wins
            current = target;
        }
        if (current.has("allOf")) {
            return resolve(current.get("allOf").get(0));
        }
        if (current.has("oneOf")) {
            return resolve(current.get("oneOf").get(0));
        }
        if (current.has("anyOf")) {
            return resolve(current.get("anyOf").get(0));
        }
        return current;
    }

    /** A value the schema accepts, for a property called `name`. */
    public JsonNode sample(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = typeOf(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth > 4) {
                    return object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                schema.path("properties").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth <= 4) {
                    array.add(sample(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return JSON.numberNode(number(name, schema));
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            default -> {
                return JSON.textNode(text(name, format));
            }
        }
    }

    /** A number a field of this name usually accepts (a target above its start, a duration, a rating). */
    private static int number(String name, JsonNode schema) {
        String lower = name.toLowerCase();
        if (lower.equals("version") || lower.startsWith("start") || lower.equals("position")) {
            return 0;
        }
        if (lower.startsWith("target") || lower.startsWith("current")) {
            return 10;
        }
        if (lower.contains("minutes")) {
            return 30;
        }
        if (lower.contains("progress")) {
            return 50;
        }
        if (lower.contains("rating") || lower.contains("confidence") || lower.contains("peers")) {
            return 3;
        }
        return schema.path("minimum").asInt(1);
    }

    private String text(String name, String format) {
        if (format.equals("uuid") || name.endsWith("Id")) {
            String id = idFor.apply(name);
            return id != null ? id : "5f0c6f4e-3c1a-4d8e-9a57-000000000000";
        }
        if (format.equals("date")) {
            return LocalDate.now().plusDays(7).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now()
                    .plus(2, ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        }
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return "fuzz-" + System.nanoTime() + "@test.example";
        }
        if (lower.contains("slug")) {
            return "fuzz-" + System.nanoTime();
        }
        if (lower.contains("password")) {
            return "long-enough-password";
        }
        if (lower.contains("timezone")) {
            return "Europe/Berlin";
        }
        return "Fuzz " + name;
    }

    /** Every leaf of `body` as a JSON pointer (`/keyResults/0/targetValue`), objects and lists included. */
    public static List<String> leaves(JsonNode body) {
        List<String> paths = new ArrayList<>();
        collect(body, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(field -> collect(node.get(field), path + "/" + field, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    /** A copy of `body` with the value at `pointer` replaced. */
    public static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return copy;
    }

    public static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }
}
