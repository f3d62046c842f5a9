package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change your password: your other sign-ins end, this one goes on")
public record ChangePasswordRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String currentPassword,

        @Schema(description = "12 to 128 characters, not easy to guess")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String newPassword) {}
