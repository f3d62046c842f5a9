package app.cairn.integrations.tokens.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as lists show it: never its secret. */
@Schema(name = "ApiToken")
public record ApiTokenResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,

        @Schema(required = true, description = "The secret's first characters, to recognise it")
        String prefix,

        @Schema(required = true) List<String> scopes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant expiresAt,
        @Schema(required = true, nullable = true) Instant lastUsedAt,

        @Schema(required = true, nullable = true, description = "Client address of the last use")
        String lastUsedFrom,

        @Schema(required = true, nullable = true) Instant revokedAt,

        @Schema(
                required = true,
                enumeration = {"ACTIVE", "EXPIRED", "REVOKED"},
                description = "Whether the token still works")
        String status) {}
