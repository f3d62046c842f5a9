package app.cairn.integrations.webhooks;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.integrations.webhooks.dto.WebhookEventTypeResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event types a webhook may subscribe to, each with the JSON Schema of its `data`
 * (`src/main/resources/webhooks/catalogue.json`, the one source of docs/webhooks.md's table).
 */
@ApplicationScoped
public class WebhookCatalogue {

    private final Map<String, WebhookEventTypeResponse> types = new LinkedHashMap<>();

    public WebhookCatalogue(ObjectMapper mapper) {
        try (InputStream in = WebhookCatalogue.class.getResourceAsStream("/webhooks/catalogue.json")) {
            for (JsonNode node : mapper.readTree(in)) {
                types.put(
                        node.get("type").asText(),
                        new WebhookEventTypeResponse(
                                node.get("type").asText(),
                                node.get("area").asText(),
                                node.get("description").asText(),
                                mapper.convertValue(node.get("schema"), Map.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook catalogue is unreadable", e);
        }
    }

    public List<WebhookEventTypeResponse> all() {
        return List.copyOf(types.values());
    }

    public boolean contains(String type) {
        return types.containsKey(type);
    }

    /** The requested types, each known and named once, in catalogue order; else 400 on `eventTypes[i]`. */
    public List<String> validate(List<String> requested) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (type == null || !types.containsKey(type)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "is not an event type of the catalogue"));
            } else if (!seen.add(type)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "is named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return types.keySet().stream().filter(seen::contains).toList();
    }
}
