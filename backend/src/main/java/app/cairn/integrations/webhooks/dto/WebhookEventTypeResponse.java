package app.cairn.integrations.webhooks.dto;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event type of the catalogue, with the JSON Schema of the `data` of its messages. */
@Schema(name = "WebhookEventType")
public record WebhookEventTypeResponse(
        @Schema(required = true, examples = "key_result.checked_in")
        String type,

        @Schema(required = true, description = "The area it belongs to (as in scopes)", examples = "check-ins")
        String area,

        @Schema(required = true) String description,

        @Schema(
                required = true,
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "JSON Schema (2020-12) of the message's `data`")
        Map<String, Object> schema) {}
