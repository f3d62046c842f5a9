package app.cairn.integrations.serviceaccounts.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceAccount")
public record ServiceAccountResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) List<String> scopes,
        @Schema(required = true) boolean admin,

        @Schema(required = true, description = "False once deleted: its tokens stop working")
        boolean active,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) int version) {}
