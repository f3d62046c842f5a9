package app.cairn.auth.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whom a link sent by e-mail is for")
public record LinkInfo(
        @Schema(
                required = true,
                enumeration = {"VERIFY_EMAIL", "RESET_PASSWORD", "INVITE"})
        String purpose,

        @Schema(required = true) String email,
        @Schema(required = true) String name,
        @Schema(required = true) String organizationName,

        @Schema(required = true, description = "When the link stops working")
        Instant expiresAt) {}
