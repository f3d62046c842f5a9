package app.cairn.integrations.webhooks.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook with its new signing secret: the only time the secret is shown. */
@Schema(name = "WebhookWithSecret")
public record WebhookSecretResponse(
        @Schema(required = true) WebhookResponse webhook,

        @Schema(
                required = true,
                description = "The signing secret (`whsec_…`) for Standard Webhooks verification. Shown only now.")
        String secret) {}
