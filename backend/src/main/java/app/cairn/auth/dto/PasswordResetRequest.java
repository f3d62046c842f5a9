package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ask for a password reset link by e-mail")
public record PasswordResetRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        String email,

        @Schema(description = "The organization's slug; without it, each organization of this email gets a link")
        @Size(max = 60, message = "must be at most 60 characters")
        String organization) {}
