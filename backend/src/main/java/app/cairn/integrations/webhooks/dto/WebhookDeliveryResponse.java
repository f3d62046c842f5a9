package app.cairn.integrations.webhooks.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to one webhook: its state and its last attempt. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The message id, sent as `webhook-id` (the same on every attempt)")
        UUID messageId,

        @Schema(required = true) String eventType,

        @Schema(required = true, description = "The thing the event is about (deliveries are in order per subject)")
        UUID subjectId,

        @Schema(
                required = true,
                enumeration = {"PENDING", "SUCCEEDED", "FAILED"},
                description = "PENDING: waiting or retrying; FAILED: every attempt failed and retries stopped")
        String status,

        @Schema(required = true) int attempts,
        @Schema(required = true, nullable = true) Instant lastAttemptAt,

        @Schema(required = true, nullable = true, description = "When the next attempt is due (PENDING only)")
        Instant nextAttemptAt,

        @Schema(required = true, nullable = true, description = "The HTTP status of the last attempt")
        Integer httpStatus,

        @Schema(required = true, nullable = true, description = "Milliseconds the last attempt took")
        Integer latencyMs,

        @Schema(required = true, nullable = true, description = "The start of the last response body (≤ 1 KB)")
        String response,

        @Schema(required = true, nullable = true, description = "Why the last attempt failed without an answer")
        String error,

        @Schema(required = true, nullable = true) Instant deliveredAt,
        @Schema(required = true) Instant createdAt) {}
