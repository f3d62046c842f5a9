package app.cairn.integrations.webhooks.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(
                description = "The receiving endpoint: https:// on a public address (see the SSRF settings)",
                examples = "https://hooks.example.com/cairn")
        @NotBlank(message = "must not be blank")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String url,

        @Schema(
                description = "Event types of the catalogue (`GET /api/v1/webhooks/event-types`)",
                examples = "[\"key_result.checked_in\", \"objective.agreed\"]")
        @NotEmpty(message = "must name at least one event type")
        @Size(max = 50, message = "must name at most 50 event types")
        List<String> eventTypes,

        @Schema(description = "What the endpoint is for", examples = "Slack bot")
        @Size(max = 500, message = "must be at most 500 characters")
        String description,

        @Schema(description = "The version read, on updates", examples = "1")
        Integer version) {}
