package app.cairn.integrations.tokens.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateApiTokenRequest")
public record CreateApiTokenRequest(
        @Schema(description = "What the token is for", examples = "BI export")
        @NotBlank(message = "must not be blank")
        @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @Schema(
                description = "Scopes, each AREA:read or AREA:write (write includes read)",
                examples = "[\"objectives:read\", \"check-ins:read\"]")
        @NotNull(message = "must name at least one scope")
        @Size(max = 20, message = "must name at most 20 scopes")
        List<String> scopes,

        @Schema(
                description = "When the token stops working (future; at most a year ahead); absent: in 90 days",
                examples = "2027-03-01T00:00:00Z")
        Instant expiresAt) {}
