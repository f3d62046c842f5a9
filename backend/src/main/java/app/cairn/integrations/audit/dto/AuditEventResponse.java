package app.cairn.integrations.audit.dto;

import app.cairn.common.web.Ref;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent")
public record AuditEventResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,

        @Schema(required = true, nullable = true, description = "The person or service account that acted")
        Ref actor,

        @Schema(
                required = true,
                enumeration = {"PERSON", "API_TOKEN", "SERVICE_ACCOUNT"},
                description = "How the actor acted: signed in (PERSON), with a person's API token, or as a service"
                        + " account")
        String actorKind,

        @Schema(required = true, nullable = true, description = "The API token used, if any")
        UUID tokenId,

        @Schema(required = true, description = "What was done, e.g. person.updated or an operation id")
        String action,

        @Schema(required = true, nullable = true) String resourceType,
        @Schema(required = true, nullable = true) UUID resourceId,
        @Schema(required = true, nullable = true) String summary,

        @Schema(
                required = true,
                nullable = true,
                description = "Changed fields: {before, after}, or {changed: true} for content admins may not read")
        Map<String, Object> changes,

        @Schema(required = true, nullable = true) String clientAddress,
        @Schema(required = true, nullable = true) String requestId) {}
