package app.cairn.auth.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An access token: send it as `Authorization: Bearer <accessToken>`")
public record LoginResponse(
        @Schema(required = true) String accessToken,

        @Schema(required = true, description = "Always `Bearer`")
        String tokenType,

        @Schema(required = true, description = "When the token stops working")
        Instant expiresAt,

        @Schema(required = true) MeResponse person) {}
