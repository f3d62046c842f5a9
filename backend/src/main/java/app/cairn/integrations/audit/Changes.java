package app.cairn.integrations.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The before/after of the fields a write changed; unchanged fields are left out. */
public final class Changes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Changes of() {
        return new Changes();
    }

    /**
     * The fields that differ between two snapshots (field → value, in the order to record); a null
     * snapshot stands for "did not exist" (created or deleted).
     */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        Changes changes = new Changes();
        Map<String, ?> keys = before != null ? before : after;
        if (keys != null) {
            for (String field : keys.keySet()) {
                changes.field(
                        field, before == null ? null : before.get(field), after == null ? null : after.get(field));
            }
        }
        return changes;
    }

    /** A field's old and new value (recorded only when they differ). */
    public Changes field(String name, Object before, Object after) {
        Object b = normalize(before);
        Object a = normalize(after);
        if (!Objects.equals(b, a)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", b);
            change.put("after", a);
            fields.put(name, change);
        }
        return this;
    }

    /** A field whose content the admin may not read: recorded as "changed", never copied. */
    public Changes hidden(String name, boolean changed) {
        if (changed) {
            fields.put(name, Map.of("changed", true));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    String asJson() {
        if (fields.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes are not JSON", e);
        }
    }

    static Map<String, Object> parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes are not JSON", e);
        }
    }

    private static Object normalize(Object value) {
        if (value instanceof Collection<?> collection) {
            TreeSet<String> sorted = new TreeSet<>();
            collection.forEach(v -> sorted.add(String.valueOf(v)));
            return String.join(",", sorted);
        }
        return value == null || value instanceof Number || value instanceof Boolean ? value : value.toString();
    }
}
