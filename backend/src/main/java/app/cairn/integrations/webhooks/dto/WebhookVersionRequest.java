package app.cairn.integrations.webhooks.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookVersionRequest", description = "The version of the webhook acted on, as loaded")
public record WebhookVersionRequest(
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
