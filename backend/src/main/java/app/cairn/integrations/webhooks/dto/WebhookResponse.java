package app.cairn.integrations.webhooks.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as admins see it: never its secret. */
@Schema(name = "Webhook")
public record WebhookResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) List<String> eventTypes,

        @Schema(required = true, description = "Disabled webhooks receive nothing; their pending deliveries wait")
        boolean enabled,

        @Schema(required = true, nullable = true, description = "When it was disabled (by an admin or after failures)")
        Instant disabledAt,

        @Schema(required = true, nullable = true) String disabledReason,

        @Schema(required = true, description = "The first characters of the current secret, to recognize it")
        String secretHint,

        @Schema(
                required = true,
                nullable = true,
                description = "After a rotation, until when the former secret still signs (a second signature)")
        Instant previousSecretExpiresAt,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {}
