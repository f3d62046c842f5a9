package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Choose a password through a reset or invitation link")
public record SetPasswordRequest(
        @Schema(description = "The secret from the link (after `#token=`)")
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        String token,

        @Schema(description = "12 to 128 characters, not easy to guess")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String newPassword) {}
